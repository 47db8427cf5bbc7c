package pad

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/padlint/padlint/internal/fold"
)

// Label is a known way of writing a field's label.
type Label struct {
	Text  string    // as it is shown in suggestions, such as "Étapes suivantes"
	Field FieldName // the field it labels
	Lang  string    // "fr", "en", or "" for a label of both or of neither
	key   string
	typo  typoFilter
}

// Labels is the set of labels a linter recognises. The zero value knows none;
// DefaultLabels knows the convention's.
type Labels struct {
	exact  map[string]int // index in all
	all    []*Label
	byLen  [][]int // indexes in all, by the length of the key in characters
	maxLen int     // of a key, in bytes: longer text is never a label
	starts bitset  // the first two bytes of each key
}

// bitset is a set of pairs of bytes: the first two of a key.
type bitset [1 << 16 / 64]uint64

func (b *bitset) add(k uint16)      { b[k/64] |= 1 << (k % 64) }
func (b *bitset) has(k uint16) bool { return b[k/64]&(1<<(k%64)) != 0 }

// start returns the first two bytes of a key as a number.
func start(key []byte) uint16 {
	var k uint16
	for _, c := range key[:min(len(key), 2)] {
		k = k<<8 | uint16(c)
	}
	return k
}

// builtin holds the convention's labels; the first of each field in a
// language (or in any) is the one suggested when the field is missing.
var builtin = []Label{
	{Text: "Titre", Field: Title, Lang: "fr"},
	{Text: "Nom", Field: Title, Lang: "fr"},
	{Text: "Intitulé", Field: Title, Lang: "fr"},
	{Text: "Title", Field: Title, Lang: "en"},
	{Text: "Name", Field: Title, Lang: "en"},
	{Text: "Description en 3 lignes", Field: Description, Lang: "fr"},
	{Text: "Description", Field: Description},
	{Text: "Description en trois lignes", Field: Description, Lang: "fr"},
	{Text: "Résumé", Field: Description, Lang: "fr"},
	{Text: "Summary", Field: Description, Lang: "en"},
	{Text: "Abstract", Field: Description, Lang: "en"},
	{Text: "Subtitle", Field: Description, Lang: "en"},
	{Text: "Étapes suivantes", Field: NextSteps, Lang: "fr"},
	{Text: "Prochaines étapes", Field: NextSteps, Lang: "fr"},
	{Text: "Suite", Field: NextSteps, Lang: "fr"},
	{Text: "Suites", Field: NextSteps, Lang: "fr"},
	{Text: "Suites à donner", Field: NextSteps, Lang: "fr"},
	{Text: "À faire", Field: NextSteps, Lang: "fr"},
	{Text: "Actions", Field: NextSteps, Lang: "fr"},
	{Text: "Prochaines actions", Field: NextSteps, Lang: "fr"},
	{Text: "Next steps", Field: NextSteps, Lang: "en"},
	{Text: "Next actions", Field: NextSteps, Lang: "en"},
	{Text: "To do", Field: NextSteps, Lang: "en"},
	{Text: "Todo", Field: NextSteps, Lang: "en"},
	{Text: "Action items", Field: NextSteps, Lang: "en"},
	{Text: "Hashtags", Field: Hashtags},
	{Text: "Mots-clés", Field: Hashtags, Lang: "fr"},
	{Text: "Étiquettes", Field: Hashtags, Lang: "fr"},
	{Text: "Tags", Field: Hashtags},
	{Text: "Tag", Field: Hashtags},
	{Text: "Keywords", Field: Hashtags, Lang: "en"},
	{Text: "Contexte", Field: Context, Lang: "fr"},
	{Text: "Context", Field: Context, Lang: "en"},
	{Text: "Background", Field: Context, Lang: "en"},
	{Text: "Participants", Field: Participants},
	{Text: "Présents", Field: Participants, Lang: "fr"},
	{Text: "Présent·es", Field: Participants, Lang: "fr"},
	{Text: "Contributeurs", Field: Participants, Lang: "fr"},
	{Text: "Contributrices", Field: Participants, Lang: "fr"},
	{Text: "Attendees", Field: Participants, Lang: "en"},
	{Text: "Contributors", Field: Participants, Lang: "en"},
}

// DefaultLabels returns the labels of the convention, in French and English.
func DefaultLabels() *Labels {
	l := &Labels{}
	for _, b := range builtin {
		l.Add(b.Field, b.Text, b.Lang)
	}
	return l
}

// Add teaches l another label for a field, in any language.
func (l *Labels) Add(field FieldName, text, lang string) {
	key := labelKey(text)
	lb := &Label{Text: text, Field: field, Lang: lang, key: key, typo: newTypoFilter([]byte(key))}
	if lb.key == "" {
		return
	}
	if l.exact == nil {
		l.exact = make(map[string]int)
	}
	if _, dup := l.exact[lb.key]; !dup {
		l.exact[lb.key] = len(l.all)
		l.starts.add(start([]byte(lb.key)))
		l.all = append(l.all, lb)
		for len(l.byLen) <= lb.typo.runes {
			l.byLen = append(l.byLen, nil)
		}
		l.byLen[lb.typo.runes] = append(l.byLen[lb.typo.runes], len(l.all)-1)
	}
	l.maxLen = max(l.maxLen, len(lb.key))
}

// Suggest returns the label to suggest for a field in a language: the
// first known in that language or in any, else the first known at all.
func (l *Labels) Suggest(field FieldName, lang string) string {
	fallback := ""
	for _, lb := range l.all {
		if lb.Field == field && (lb.Lang == lang || lb.Lang == "") {
			return lb.Text
		}
		if lb.Field == field && fallback == "" {
			fallback = lb.Text
		}
	}
	return fallback
}

// Match finds the label that s stands for, or nil. It folds case, accents,
// hyphens and spacing; with near set, it also accepts a near miss (a typo
// one or two edits away, depending on the label's length) and reports it.
func (l *Labels) Match(s string, near bool) (lb *Label, isNear bool) {
	if len(s) > 2*l.maxLen+8 { // room for decomposed accents
		return nil, false
	}
	var buf [128]byte
	if key, _ := appendKey(buf[:0], s, 1); !near && !l.starts.has(start(key)) {
		return nil, false
	}
	key, short := appendKey(buf[:0], s, l.maxLen+8) // two edits of up to 4 bytes
	if !short {
		return nil, false
	}
	if i, ok := l.exact[string(key)]; ok {
		return l.all[i], false
	}
	if !near {
		return nil, false
	}
	lb = l.nearest(key)
	return lb, lb != nil
}

// nearest finds the label key is a typo of, among labels of about its length.
func (l *Labels) nearest(key []byte) *Label {
	best, bestDist, f := (*Label)(nil), 3, newTypoFilter(key)
	for n := max(f.runes-2, 0); n <= f.runes+2 && n < len(l.byLen); n++ {
		for _, i := range l.byLen[n] {
			if d, ok := typo(key, f, l.all[i]); ok && d < bestDist {
				best, bestDist = l.all[i], d
			}
		}
	}
	return best
}

// typo tells whether key is a label mistyped, and how many edits away:
// within the label's budget, or two adjacent letters swapped ("Tilte").
func typo(key []byte, f typoFilter, lb *Label) (int, bool) {
	if len(key) >= 4 && swapped(string(key), lb.key) {
		return 1, true
	}
	budget := lb.typo.budget()
	if budget == 0 || abs(f.runes-lb.typo.runes) > budget || bits.OnesCount32(f.letters^lb.typo.letters) > 2*budget {
		return 0, false
	}
	d := levenshtein.ComputeDistance(string(key), lb.key)
	return d, d <= budget
}

// typoFilter tells cheaply that two words are too far apart to be a typo of
// one another: by their lengths, and by the letters they use, since an edit
// adds or removes at most one letter of each.
type typoFilter struct {
	runes   int
	letters uint32 // a bit for each of a to z
}

func newTypoFilter(key []byte) typoFilter {
	f := typoFilter{runes: utf8.RuneCount(key)}
	for i := 0; i < len(key); i++ {
		if c := key[i]; 'a' <= c && c <= 'z' {
			f.letters |= 1 << (c - 'a')
		}
	}
	return f
}

// budget is how many edits a label tolerates: none for short labels,
// where one letter more or less makes another word ("Suite", "Site").
func (f typoFilter) budget() int {
	switch {
	case f.runes <= 5:
		return 0
	case f.runes <= 9:
		return 1
	}
	return 2
}

// swapped tells whether a and b differ by two adjacent letters swapped,
// as in "Tilte" and "Title".
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// labelKey folds a label for comparison: no case, no accents, and any run
// of spaces, hyphens or other punctuation reads as one space.
func labelKey(s string) string {
	key, _ := appendKey(nil, s, len(s)*4)
	return string(key)
}

// appendKey appends the key of s to dst, and stops with false once it has
// grown more than limit bytes: text that long is no label.
func appendKey(dst []byte, s string, limit int) ([]byte, bool) {
	start, space := len(dst), false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && asciiKeys[c] == 0 {
			space, i = true, i+1
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		if c < utf8.RuneSelf {
			dst, space, i = append(dst, asciiKeys[c]), false, i+1
		} else {
			dst, space, i = appendRuneKey(dst, s, i)
		}
		if len(dst)-start > limit {
			return dst, false
		}
	}
	return dst, true
}

// appendRuneKey appends the key of the character at s[i], and says whether
// it separates words and where the next character starts.
func appendRuneKey(dst []byte, s string, i int) ([]byte, bool, int) {
	r, n := utf8.DecodeRuneInString(s[i:])
	if letters := keyLetters(r); letters != "" {
		return append(dst, letters...), false, i + n
	}
	// accents, and inclusive writing ("Présent·es"), join the letters
	return dst, !unicode.Is(unicode.Mn, r) && r != '·', i + n
}

// keyLetters returns a letter or digit folded, and "" for anything else.
func keyLetters(r rune) string {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return fold.Rune(r)
	}
	return ""
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// asciiKeys holds the key of each ASCII character: the letter or digit
// in lower case, or 0 for anything else.
var asciiKeys = func() (t [utf8.RuneSelf]byte) {
	for c := range byte(utf8.RuneSelf) {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = c
		case 'A' <= c && c <= 'Z':
			t[c] = c + 'a' - 'A'
		}
	}
	return t
}()
