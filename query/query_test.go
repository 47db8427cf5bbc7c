package query

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The tables below write queries with these.
func search(clauses ...Clause) Query { return Query{Clauses: clauses} }
func all(terms ...Term) Clause       { return Clause{Terms: terms} }
func one(t Term) Clause              { return all(t) }
func not(t Term) Clause              { return Clause{Not: true, Terms: []Term{t}} }
func tag(key string) Term            { return Term{Kind: Tag, Text: key} }
func word(s string) Term             { return Term{Kind: Word, Text: s} }
func phrase(s string) Term           { return Term{Kind: Phrase, Text: s} }
func title(s string) Term            { return Term{Kind: Title, Text: s} }

// repeat is s n times, separated by spaces.
func repeat(s string, n int) string { return strings.TrimSpace(strings.Repeat(s+" ", n)) }

// words is the query of n clauses of the word a.
func words(n int) Query {
	var out Query
	for range n {
		out.Clauses = append(out.Clauses, one(word("a")))
	}
	return out
}

var parseTests = []struct {
	name, in string
	want     Query
}{
	{"tag", "#communs", search(one(tag("communs")))},
	{"tag folded", "#Économie", search(one(tag("economie")))},
	{"tag without accent", "#economie", search(one(tag("economie")))},
	{"tag decomposed", "#E\u0301CONOMIE", search(one(tag("economie")))},
	{"tag with a dotted capital", "#İstanbul", search(one(tag("istanbul")))},
	{"tag in Korean", "#한국", search(one(tag("\u1112\u1161\u11ab\u1100\u116e\u11a8")))},
	{"tag with final period", "#communs.", search(one(tag("communs")))},
	{"tag with hyphen and underscore", "#tiers-lieux #économie_sociale", search(one(tag("tiers-lieux")), one(tag("economie_sociale")))},
	{"word as written", "Budget", search(one(word("Budget")))},
	{"tag with sentence punctuation", "#communs, #fablab; #a: #b! #c? #d.", search(
		one(tag("communs")), one(tag("fablab")), one(tag("a")), one(tag("b")), one(tag("c")), one(tag("d")))},
	{"tag with several stops", "#communs?! #fablab.,", search(one(tag("communs")), one(tag("fablab")))},
	{"not tag with a comma", "-#archive,", search(not(tag("archive")))},
	{"or tags with commas", "#a, OR #b,", search(all(tag("a"), tag("b")))},
	{"words with punctuation", "l'école co-working C# a:b wild* 2024 budget, a#b", search(
		one(word("l'école")), one(word("co-working")), one(word("C#")), one(word("a:b")),
		one(word("wild*")), one(word("2024")), one(word("budget,")), one(word("a#b")))},
	{"phrase with parentheses", `"(a) b" “#c”`, search(one(phrase("(a) b")), one(phrase("#c")))},
	{"lower case or is a word", "a or b", search(one(word("a")), one(word("or")), one(word("b")))},
	{"lower case and is a word", "a and b", search(one(word("a")), one(word("and")), one(word("b")))},
	{"hyphen inside a word", "a-b", search(one(word("a-b")))},
	{"phrase", `"plan de travail"`, search(one(phrase("plan de travail")))},
	{"phrase spaces collapsed", "\"  plan   de\ttravail \n\"", search(one(phrase("plan de travail")))},
	{"phrase of one word", `"budget"`, search(one(phrase("budget")))},
	{"typographic quotes", "“plan de travail”", search(one(phrase("plan de travail")))},
	{"french quotes", "«\u00a0plan de travail\u202f»", search(one(phrase("plan de travail")))},
	{"other quotes inside", `"il a dit « oui »" “a "b" c”`, search(one(phrase("il a dit « oui »")), one(phrase(`a "b" c`)))},
	{"phrase holding OR", `"a OR b"`, search(one(phrase("a OR b")))},
	{"title word", "title:Budget", search(one(title("budget")))},
	{"title prefix in any case", "Title:Économie TITLE:x", search(one(title("economie")), one(title("x")))},
	{"title phrase", `title:"Plan  de Travail"`, search(one(title("plan de travail")))},
	{"title typographic", "title:« Réunion »", search(one(title("reunion")))},
	{"title of a title", "title:title:x", search(one(title("title:x")))},
	{"title with sentence punctuation", "title:atelier, title:Réunion?!", search(one(title("atelier")), one(title("reunion")))},
	{"title with inner punctuation", "title:a.b", search(one(title("a.b")))},
	{"title phrase keeps its punctuation", `title:"atelier." title:"(pad)"`, search(one(title("atelier.")), one(title("(pad)")))},
	{"title hyphen", "title:-x", search(one(title("-x")))},
	{"not tag", "#communs -#archive", search(one(tag("communs")), not(tag("archive")))},
	{"not word", "-brouillon", search(not(word("brouillon")))},
	{"not phrase", `-"plan de travail"`, search(not(phrase("plan de travail")))},
	{"not title", "-title:Brouillon", search(not(title("brouillon")))},
	{"not hyphenated word", "--x", search(not(word("-x")))},
	{"not OR is a word", "-OR", search(not(word("OR")))},
	{"only not clauses", "-#a -b", search(not(tag("a")), not(word("b")))},
	{"or tags", "#a OR #b OR #c", search(all(tag("a"), tag("b"), tag("c")))},
	{"or words and phrases", `budget OR "plan de travail" OR coût`, search(all(word("budget"), phrase("plan de travail"), word("coût")))},
	{"or titles", `title:a OR title:"b c"`, search(all(title("a"), title("b c")))},
	{"and", "#a AND budget", search(one(tag("a")), one(word("budget")))},
	{"or binds tighter", "#a OR #b AND #c -#d", search(all(tag("a"), tag("b")), one(tag("c")), not(tag("d")))},
	{"unicode spaces", "#a\u00a0#b\u3000c\u2003d\n\te", search(one(tag("a")), one(tag("b")), one(word("c")), one(word("d")), one(word("e")))},
	{"spaces around", "  budget  ", search(one(word("budget")))},
	{"most terms", repeat("a", MaxTerms), words(MaxTerms)},
	{"longest", "a" + strings.Repeat(" ", MaxLen-2) + "b", search(one(word("a")), one(word("b")))},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Parse(%q) (-got +want):\n%s", tt.in, diff)
			}
		})
	}
}

var errorTests = []struct {
	name, in string
	col      int
	words    []string // the message holds each
}{
	{"empty", "", 1, []string{"an empty search", "#tag", `"a phrase"`, "title:word"}},
	{"only spaces", " \t\u00a0", 1, []string{"an empty search"}},
	{"invalid UTF-8", "ab \xffc", 4, []string{"not valid UTF-8"}},
	{"too long", strings.Repeat("a", MaxLen+1), MaxLen + 1, []string{"at most 1000 characters", "this one 1001", "shorten"}},
	{"too many terms", repeat("a", MaxTerms+1), 2*MaxTerms + 1, []string{"at most 64 terms", "split"}},
	{"too many terms with or", repeat("#a OR", MaxTerms) + " #b", 6*MaxTerms + 1, []string{"at most 64 terms"}},
	{"hash alone", "a # communs", 3, []string{"# alone is not a hashtag", "#communs"}},
	{"hash hyphen", "#-", 1, []string{"#- is not a hashtag", "#communs"}},
	{"hash digit", "#1", 1, []string{"#1 is not a hashtag", "letters, digits", "#communs"}},
	{"hash with a dot", "x #a.b", 3, []string{"#a.b is not a hashtag"}},
	{"hash with a comma", "#a,b", 1, []string{"#a,b is not a hashtag"}},
	{"hash and a comma", "a #,", 3, []string{"# alone is not a hashtag"}},
	{"open parenthesis", "(#communs", 1, []string{"a search has no parentheses", "leave out the ( at column 1", "#communs OR #fablab"}},
	{"close parenthesis", "#a OR #b)", 9, []string{"no parentheses", "the ) at column 9"}},
	{"word in parentheses", "a (x)", 3, []string{"no parentheses"}},
	{"parenthesis inside a word", "f(x)", 2, []string{"no parentheses", "the ( at column 2"}},
	{"not in parentheses", "-(#a", 2, []string{"no parentheses"}},
	{"title in parentheses", "title:(pad)", 7, []string{"no parentheses"}},
	{"tag in brackets", "[#communs]", 1, []string{"[#communs]", "without punctuation before it", "write #communs"}},
	{"tag in stars", "a *#Tiers-Lieux*", 3, []string{"write #Tiers-Lieux"}},
	{"tag after an apostrophe", "'#communs'", 1, []string{"write #communs"}},
	{"not tag after a hyphen", "--#x", 1, []string{"write -#x rather than --#x"}},
	{"not tag in brackets", "a -[#x]", 3, []string{"write -#x rather than -[#x]"}},
	{"not malformed tag", "-#1", 1, []string{"#1 is not a hashtag"}},
	{"tag whose key is malformed", "#a-\u0301", 1, []string{"is not a hashtag"}},
	{"no letter", "a ...", 3, []string{"... has no letter or digit to search for"}},
	{"ampersand", "a & b", 3, []string{"& has no letter or digit"}},
	{"hyphen alone", "a - b", 3, []string{"- alone has no letter or digit", "-#archive"}},
	{"hyphen at the end", "a -", 3, []string{"no letter or digit"}},
	{"two hyphens", "--", 1, []string{"-- has no letter or digit"}},
	{"empty phrase", `a ""`, 3, []string{"an empty phrase", `"plan de travail"`}},
	{"blank phrase", "“ \t”", 1, []string{"an empty phrase"}},
	{"phrase of punctuation", `"..."`, 1, []string{`"..." has no letter or digit`}},
	{"unclosed quote", `budget "plan de`, 8, []string{"the quote opened at column 8 is not closed", `with "`}},
	{"unclosed typographic", `“plan de travail"`, 1, []string{"not closed", "with ”"}},
	{"unclosed french", "«plan de travail”", 1, []string{"not closed", "with »"}},
	{"quote inside a word", `ab"cd"`, 3, []string{"the quote at column 3 is inside a word", "put spaces around the phrase"}},
	{"typographic quote inside a word", "ab“cd”", 3, []string{"inside a word", "put spaces around"}},
	{"tag glued to a phrase", `#"a"`, 2, []string{"inside a word"}},
	{"word after a phrase", `"ab"cd`, 5, []string{"the quote closed at column 4 is followed by 'c'", "put spaces around the phrase"}},
	{"closing quote alone", "ab”", 3, []string{"the quote ” at column 3 closes no phrase", "with “"}},
	{"closing french quote alone", "» ab", 1, []string{"closes no phrase", "with «"}},
	{"title alone", "title:", 1, []string{"title: needs a word right after it", "title:budget"}},
	{"title then space", "title: budget", 1, []string{"title: needs a word"}},
	{"not title alone", "a -title:", 3, []string{"title: needs a word"}},
	{"title empty phrase", `title:""`, 1, []string{"an empty phrase"}},
	{"title of punctuation", "title:...", 1, []string{"title:... has no letter or digit"}},
	{"title of a mark", "title:\u0301", 1, []string{"no letter or digit"}},
	{"first error first", `#1 "abc`, 1, []string{"#1 is not a hashtag"}},
	{"or at the start", "OR #a", 1, []string{"OR needs a term before it", "#a OR #b"}},
	{"or at the end", "#a OR", 4, []string{"OR needs a term after it", "#a OR #b"}},
	{"or alone", "OR", 1, []string{"OR needs a term before it"}},
	{"or twice", "#a OR OR #b", 7, []string{"OR twice in a row", "write it once"}},
	{"or then and", "#a OR AND #b", 7, []string{"AND right after OR", "keep one"}},
	{"and then or", "#a AND OR #b", 8, []string{"OR right after AND"}},
	{"and at the start", "AND #a", 1, []string{"AND needs a term before it"}},
	{"and at the end", "#a AND", 4, []string{"AND needs a term after it"}},
	{"not before or", "-#x OR #y", 1, []string{"-#x cannot be part of an OR", "exclude it on its own"}},
	{"not after or", "#y OR -#x", 7, []string{"-#x cannot be part of an OR"}},
	{"not word in or", "a OR -b", 6, []string{"-b cannot be part of an OR"}},
	{"tag or word", "#a OR budget", 7, []string{"#a OR budget", "OR joins hashtags with hashtags, words with words, or titles with titles", "leave out the OR"}},
	{"phrase or tag", `"a b" OR #c`, 10, []string{`"a b" OR #c`, "OR joins"}},
	{"title or word", "title:a OR budget", 12, []string{"OR joins"}},
	{"word or title", "budget OR title:a", 11, []string{"OR joins"}},
	{"mixed after same kinds", "#a OR #b OR c", 13, []string{"#b OR c", "OR joins"}},
}

func TestParseError(t *testing.T) {
	for _, tt := range errorTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(%q) = %v, %v; want an *Error", tt.in, got, err)
			}
			if e.Column != tt.col {
				t.Errorf("Parse(%q): column %d, want %d (%s)", tt.in, e.Column, tt.col, e.Msg)
			}
			for _, w := range tt.words {
				if !strings.Contains(e.Msg, w) {
					t.Errorf("Parse(%q): message %q does not say %q", tt.in, e.Msg, w)
				}
			}
		})
	}
}

func TestErrorMessages(t *testing.T) {
	for _, tt := range errorTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.in)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(%q): %v is not an *Error", tt.in, err)
			}
			if e.Query != tt.in {
				t.Errorf("Query = %q, want %q", e.Query, tt.in)
			}
			if m := e.Msg; !lowerCase(m) || strings.HasSuffix(m, ".") {
				t.Errorf("message %q: want it to start in lower case and end without a period", m)
			}
		})
	}
}

// lowerCase tells whether m starts with a lower-case word, or with the
// operator it is about, which is written in upper case.
func lowerCase(m string) bool {
	first, _, _ := strings.Cut(m, " ")
	return first == "OR" || first == "AND" || first == strings.ToLower(first)
}

func TestErrorError(t *testing.T) {
	_, err := Parse("#a OR")
	got := err.Error()
	want := `search "#a OR": column 4: OR needs a term after it, as in #a OR #b`
	if got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

var stringTests = []struct{ in, want string }{
	{"#Économie  OR\t#b", "#economie OR #b"},
	{"#a AND budget", "#a budget"},
	{"Budget l'école", "Budget l'école"},
	{"«  plan de   travail »", `"plan de travail"`},
	{`“a "b" c”`, `“a "b" c”`},
	{`«a " ” b»`, `«a " ” b»`},
	{`TITLE:"Plan  de Travail"`, `title:"plan de travail"`},
	{"title:« x »", "title:x"},
	{`title:“a "b"”`, `title:“a "b"”`},
	{"-title:X -#Y -z -\"a b\"", `-title:x -#y -z -"a b"`},
	{"--x -OR", "--x -OR"},
	{"#Communs, title:Atelier.", "#communs title:atelier"},
	{`title:"atelier." title:"(pad)" title:"a,"`, `title:"atelier." title:"(pad)" title:"a,"`},
	{`title:"a.b" title:"a!b"`, "title:a.b title:a!b"},
	{`a OR "b c" OR d`, `a OR "b c" OR d`},
}

func TestString(t *testing.T) {
	for _, tt := range stringTests {
		t.Run(tt.in, func(t *testing.T) {
			q, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := q.String(); got != tt.want {
				t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, tt.want)
			}
			again, err := Parse(q.String())
			if err != nil {
				t.Fatalf("Parse(%q): %v", q.String(), err)
			}
			if diff := cmp.Diff(again, q); diff != "" {
				t.Errorf("Parse(%q) (-got +want):\n%s", q.String(), diff)
			}
		})
	}
}

func TestKindString(t *testing.T) {
	var got []string
	for _, k := range []Kind{Tag, Word, Phrase, Title, 9} {
		got = append(got, k.String())
	}
	want := []string{"hashtag", "word", "phrase", "title", "Kind(9)"}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("Kind.String (-got +want):\n%s", diff)
	}
}

var hashtagTests = []struct {
	in, key string
	ok      bool
}{
	{"#communs", "communs", true},
	{"#Économie,", "economie", true},
	{"tiers-lieux", "tiers-lieux", true},
	{"#fablab;", "fablab", true},
	{"#a b", "", false},
	{"#a,b", "", false},
	{"#1", "", false},
	{"#", "", false},
	{"(#a)", "", false},
}

func TestHashtag(t *testing.T) {
	for _, tt := range hashtagTests {
		t.Run(tt.in, func(t *testing.T) {
			key, ok := Hashtag(tt.in)
			if key != tt.key || ok != tt.ok {
				t.Errorf("Hashtag(%q) = %q, %v; want %q, %v", tt.in, key, ok, tt.key, tt.ok)
			}
		})
	}
}
