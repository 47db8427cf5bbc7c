package pad

import (
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"github.com/padlint/padlint/internal/fold"
)

// Label is a known way of writing a field's label.
type Label struct {
	Text  string    // as it is shown in suggestions, such as "Étapes suivantes"
	Field FieldName // the field it labels
	Lang  string    // "fr", "en", or "" for a label of both or of neither
	key   string
}

// Labels is the set of labels a linter recognises. The zero value knows none;
// DefaultLabels knows the convention's.
type Labels struct {
	exact  map[string]Label
	all    []Label
	maxLen int // of a key, in bytes: longer text is never a label
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
	lb := Label{Text: text, Field: field, Lang: lang, key: labelKey(text)}
	if lb.key == "" {
		return
	}
	if l.exact == nil {
		l.exact = make(map[string]Label)
	}
	if _, dup := l.exact[lb.key]; !dup {
		l.exact[lb.key] = lb
		l.all = append(l.all, lb)
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

// Match finds the label that s stands for. It folds case, accents, hyphens
// and spacing; with near set, it also accepts a near miss (a typo one or two
// edits away, depending on the label's length) and reports it.
func (l *Labels) Match(s string, near bool) (lb Label, isNear, ok bool) {
	if len(s) > 2*l.maxLen+8 { // room for decomposed accents

		return Label{}, false, false
	}
	key := labelKey(s)
	if lb, ok := l.exact[key]; ok {
		return lb, false, true
	}
	if !near {
		return Label{}, false, false
	}
	lb, ok = l.nearest(key)
	return lb, ok, ok
}

func (l *Labels) nearest(key string) (Label, bool) {
	best, bestDist := Label{}, 3
	for _, lb := range l.all {
		if d, ok := typo(key, lb.key); ok && d < bestDist {
			best, bestDist = lb, d
		}
	}
	return best, bestDist < 3
}

// typo tells whether key is label mistyped, and how many edits away: within
// the label's budget, or two adjacent letters swapped ("Tilte").
func typo(key, label string) (int, bool) {
	if len(key) >= 4 && swapped(key, label) {
		return 1, true
	}
	budget := typoBudget(label)
	if budget == 0 || abs(len(key)-len(label)) > budget {
		return 0, false
	}
	d := levenshtein.ComputeDistance(key, label)
	return d, d <= budget
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

// typoBudget is how many edits a label tolerates: none for short labels,
// where one letter more or less makes another word ("Suite", "Site").
func typoBudget(key string) int {
	switch n := len([]rune(key)); {
	case n <= 5:
		return 0
	case n <= 9:
		return 1
	default:
		return 2
	}
}

// labelKey folds a label for comparison: no case, no accents, and any run
// of spaces, hyphens or other punctuation reads as one space.
func labelKey(s string) string {
	s = fold.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
			continue
		}
		space = space || r != '·' // inclusive writing: "Présent·es"
	}
	return b.String()
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
