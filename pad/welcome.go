package pad

import (
	"slices"
	"strings"
)

// DefaultWelcome lists characteristic lines of the texts Etherpad and
// Framapad put in every new pad. Lines from the first to the last of them,
// a few lines apart, are the host's welcome text, not the workshop's.
var DefaultWelcome = []string{
	"Welcome to Etherpad!",
	"This pad text is synchronized as you type",
	"Get involved with Etherpad at",
	"Etherpad on Github:",
	"Warning: DirtyDB is used",
	"Bienvenue sur Etherpad",
	"Bienvenue sur Framapad",
	"Framapad est un des nombreux projets de Framasoft",
	"Ce service s’inscrit dans le réseau associatif Framasoft",
	"Ce texte est à effacer",
	"Comment commencer ?",
	"Renseignez votre nom ou pseudo",
	"Choisissez votre couleur d’écriture",
	"Lancez-vous : écrivez sur votre pad",
	"Les contributions de chacun",
	"Comment partager / collaborer ?",
	"Comment sauvegarder ?",
	"Il n’y a rien à faire : le texte est automatiquement sauvegardé",
	"Bon travail collaboratif",
	"Merci pour votre attention et votre confiance",
}

const (
	welcomeReach = 60 // lines from the top and from the bottom searched
	welcomeGap   = 8  // most lines between two lines of one welcome text
)

// welcome marks the lines of a host's welcome text, which hosts put at the
// top of a new pad and writers sometimes push to the bottom.
func (p *parser) welcome() {
	w := p.opt.Welcome
	from, to := -1, -1
	for i, line := range p.doc.Lines {
		if i >= welcomeReach && i < len(p.doc.Lines)-welcomeReach || !w.match(line) {
			continue
		}
		if from >= 0 && i-to > welcomeGap {
			p.markWelcome(from, to)
			from = -1
		}
		if from < 0 {
			from = i
		}
		to = i
	}
	if from >= 0 {
		p.markWelcome(from, to)
	}
}

func (p *parser) markWelcome(from, to int) {
	for i := from; i <= to; i++ {
		if p.kinds[i] != metaLine && !isBlank(p.doc.Lines[i]) {
			p.kinds[i] = metaLine
			p.doc.Welcome = append(p.doc.Welcome, i+1)
		}
	}
}

// Welcome recognises the lines of welcome texts. A line is folded only as
// far as the longest of them, and compared only when its first letters are
// those of one of them.
type Welcome struct {
	keys   []string
	heads  []uint64
	maxLen int
}

// NewWelcome returns what recognises welcome texts by lines characteristic
// of them, such as DefaultWelcome.
func NewWelcome(lines []string) *Welcome {
	w := &Welcome{}
	for _, l := range lines {
		if k := labelKey(l); k != "" {
			w.keys = append(w.keys, k)
			w.heads = append(w.heads, head([]byte(k)))
			w.maxLen = max(w.maxLen, len(k))
		}
	}
	return w
}

// match tells whether a line is one of a welcome text.
func (w *Welcome) match(line string) bool {
	var buf [128]byte
	key, _ := appendKey(buf[:0], line, headLen)
	if !slices.Contains(w.heads, head(key)) {
		return false
	}
	key, _ = appendKey(buf[:0], line, w.maxLen)
	for _, k := range w.keys {
		if strings.HasPrefix(string(key), k) {
			return true
		}
	}
	return false
}

const headLen = 6

// head packs the first letters of a key into a number.
func head(key []byte) uint64 {
	var h uint64
	for _, c := range key[:min(len(key), headLen)] {
		h = h<<8 | uint64(c)
	}
	return h
}
