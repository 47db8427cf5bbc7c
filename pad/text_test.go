package pad

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fieldsOf sums up the fields of a parsed pad, one string each:
// "name label=value|value" with "~" for a near miss and "!" outside the header.
func fieldsOf(doc *Doc) []string {
	var out []string
	for _, f := range doc.Fields {
		mark := ""
		if f.Near {
			mark += "~"
		}
		if !f.InHeader {
			mark += "!"
		}
		var vals []string
		for _, v := range f.Values {
			vals = append(vals, v.Text)
		}
		out = append(out, fmt.Sprintf("%s%s %s=%s", f.Name, mark, f.Label, strings.Join(vals, "|")))
	}
	return out
}

func parse(text string) *Doc { return ParseText("test", text, DefaultOptions()) }

func TestLabelShapes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"colon", "Title: Commons workshop", []string{"title Title=Commons workshop"}},
		{"french colon", "Titre : Atelier communs", []string{"title Titre=Atelier communs"}},
		{"dash", "Titre - Atelier", []string{"title Titre=Atelier"}},
		{"equals", "Titre = Atelier", []string{"title Titre=Atelier"}},
		{"en dash", "Titre – Atelier", []string{"title Titre=Atelier"}},
		{"em dash", "Titre — Atelier", []string{"title Titre=Atelier"}},
		{"full-width colon", "Titre：Atelier", []string{"title Titre=Atelier"}},
		{"hyphen in a word is no separator", "Mots-clés - #communs", []string{"hashtags Mots-clés=#communs"}},
		{"nbsp before colon", "Titre\u00a0: Atelier", []string{"title Titre=Atelier"}},
		{"heading", "# Titre\nAtelier communs", []string{"title Titre=Atelier communs"}},
		{"bold", "**Hashtags** : #communs", []string{"hashtags Hashtags=#communs"}},
		{"bold with colon inside", "**Titre :** Atelier", []string{"title Titre=Atelier"}},
		{"upper case", "TITRE : Atelier", []string{"title TITRE=Atelier"}},
		{"bullet", "• Titre : Atelier", []string{"title Titre=Atelier"}},
		{"dash bullet", "- Description : un atelier", []string{"description Description=un atelier"}},
		{"emoji", "📌 Titre : Atelier", []string{"title Titre=Atelier"}},
		{"numbered", "1. Titre : Atelier", []string{"title Titre=Atelier"}},
		{"no accents", "Etapes suivantes :\n- appeler", []string{"next_steps Etapes suivantes=appeler"}},
		{"hyphenated", "Next-steps:\n- call", []string{"next_steps Next-steps=call"}},
		{"near miss", "Hastags : #communs", []string{"hashtags~ Hastags=#communs"}},
		{"near miss two edits", "Etape suivante :\n- appeler", []string{"next_steps~ Etape suivante=appeler"}},
		{"wiki comment", "<!-- TITLE: Atelier -->", []string{"title TITLE=Atelier"}},
		{"hedgedoc tags", "###### tags: `communs` `fablab`", []string{"hashtags tags=`communs` `fablab`"}},
		{"label inside a sentence", "quelles sont les prochaines étapes pour nous ?", nil},
		{"unknown label", "Lieu : Lille", nil},
		{"short word is no typo", "Site : https://example.org", nil},
		{"time is no label", "Réunion de 14:00 à 16:00", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(fieldsOf(parse(tt.text)), tt.want); diff != "" {
				t.Errorf("fields (-got +want):\n%s", diff)
			}
		})
	}
}

func TestValues(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"label alone, values below", "Description\nline one\nline two\n\nnotes",
			[]string{"description Description=line one|line two"}},
		{"blank line between label and value", "Titre\n\nAtelier communs",
			[]string{"title Titre=Atelier communs"}},
		{"value continues", "Description : first\nsecond\nthird",
			[]string{"description Description=first|second|third"}},
		{"title is one line", "Titre : Atelier\nAnimé par Simon",
			[]string{"title Titre=Atelier"}},
		{"list ends with its items", "Étapes suivantes :\n- a\n* b\n\t1. c\nNotes du jour",
			[]string{"next_steps Étapes suivantes=a|b|c"}},
		{"checkboxes", "Next steps:\n- [ ] call\n- [x] write", []string{"next_steps Next steps=call|write"}},
		{"nested bullets", "Étapes suivantes :\n  ◦ a\n  ▪ b", []string{"next_steps Étapes suivantes=a|b"}},
		{"hashtags stop at prose", "Hashtags : #communs\nCe matin nous avons",
			[]string{"hashtags Hashtags=#communs"}},
		{"next label ends a value", "Titre :\nDescription : x",
			[]string{"title Titre=", "description Description=x"}},
		{"empty value", "Hashtags :", []string{"hashtags Hashtags="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(fieldsOf(parse(tt.text)), tt.want); diff != "" {
				t.Errorf("fields (-got +want):\n%s", diff)
			}
		})
	}
}

func TestHeader(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		depth      int
	}{
		{"stray lines before the header", "notes d'hier\nune autre ligne\nTitre : A\nHashtags : #x",
			[]string{"title Titre=A", "hashtags Hashtags=#x"}, 2},
		{"aside line inside the header", "Titre : A\nAnimé par Simon, à Lille\nDescription : B",
			[]string{"title Titre=A", "description Description=B"}, 0},
		{"next steps at the end", "Titre : A\n\n" + strings.Repeat("des notes\n", 10) + "Prochaines étapes :\n- x",
			[]string{"title Titre=A", "next_steps! Prochaines étapes=x"}, 0},
		{"front matter then text fields", "---\ntitle: A\ntags: [x, y]\n---\nDescription : B",
			[]string{"title title=A", "hashtags tags=x|y", "description Description=B"}, 0},
		{"front matter and fields far below", "---\ntitle: A\n---\n" + strings.Repeat("des notes\n", 10) + "Hashtags : #x",
			[]string{"title title=A", "hashtags! Hashtags=#x"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parse(tt.text)
			if diff := cmp.Diff(fieldsOf(doc), tt.want); diff != "" {
				t.Errorf("fields (-got +want):\n%s", diff)
			}
			if doc.HeaderDepth != tt.depth {
				t.Errorf("HeaderDepth = %d, want %d", doc.HeaderDepth, tt.depth)
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"flow list", "---\ntags: [communs, fablab]\n---\n", []string{"hashtags tags=communs|fablab"}},
		{"block list", "---\nkeywords:\n  - communs\n  - fablab\n---\n", []string{"hashtags keywords=communs|fablab"}},
		{"plain string", "---\ntag: communs, fablab\n---\n", []string{"hashtags tag=communs, fablab"}},
		{"literal description", "---\ndescription: |\n  one\n  two\n---\n", []string{"description description=one|two"}},
		{"other keys ignored", "---\ndate: 2014-11-16\nlang: fr\n---\n", nil},
		{"invalid yaml read as text", "---\ntitle: [unclosed\n---\n", []string{"title title=[unclosed"}},
		{"no closing line", "---\ntitle: A\n", []string{"title title=A"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(fieldsOf(parse(tt.text)), tt.want); diff != "" {
				t.Errorf("fields (-got +want):\n%s", diff)
			}
		})
	}
	if doc := parse("---\ntitle: [unclosed\n---\n"); doc.FrontMatter == nil {
		t.Error("invalid front matter: FrontMatter is nil, want the YAML error")
	}
}

func TestFrontMatterTags(t *testing.T) {
	doc := parse("---\ntags: [communs, économie sociale]\n---\n")
	got := tagTexts(doc.Fields[0].Tags)
	if diff := cmp.Diff(got, []string{"#communs", "économie sociale!"}); diff != "" {
		t.Errorf("tags (-got +want):\n%s", diff)
	}
}

func TestWelcome(t *testing.T) {
	etherpad := "Welcome to Etherpad!\n\nThis pad text is synchronized as you type, so that everyone viewing this page sees the same text. This allows you to collaborate seamlessly on documents!\n\nEtherpad on Github: https://github.com/ether/etherpad-lite\n"
	framapad := "Bienvenue sur Framapad !\n\nFramapad est un des nombreux projets de Framasoft.\n\n➡ Comment commencer ?\n• Renseignez votre nom ou pseudo, en cliquant sur l’icône.\n• Lancez-vous : écrivez sur votre pad !\n"
	header := "Titre : A\nDescription : B\nÉtapes suivantes :\n- c\nHashtags : #d\n"
	tests := []struct {
		name, text string
		welcome    []int
		depth      int
	}{
		{"etherpad on top", etherpad + header, []int{1, 3, 5}, 0},
		{"framapad on top", framapad + header, []int{1, 3, 5, 6, 7}, 0},
		{"etherpad pushed down", header + "\n" + etherpad, []int{7, 9, 11}, 0},
		{"none", header, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parse(tt.text)
			if diff := cmp.Diff(doc.Welcome, tt.welcome); diff != "" {
				t.Errorf("welcome lines (-got +want):\n%s", diff)
			}
			if doc.HeaderDepth != tt.depth || doc.Field(Title) == nil {
				t.Errorf("HeaderDepth = %d (title %v), want %d with a title", doc.HeaderDepth, doc.Field(Title), tt.depth)
			}
		})
	}
}

func TestHeading(t *testing.T) {
	doc := parse("# Réunion du 12 mars\n\nDescription : x")
	if doc.Heading == nil || doc.Heading.Text != "Réunion du 12 mars" || doc.Heading.Line != 1 {
		t.Errorf("Heading = %+v, want “Réunion du 12 mars” on line 1", doc.Heading)
	}
	if doc := parse("Titre : A\n# Notes"); doc.Heading != nil {
		t.Errorf("Heading = %+v with a labelled title, want none", doc.Heading)
	}
}

func TestLang(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Titre : A\nÉtapes suivantes :\n- x", "fr"},
		{"Title: A\nNext steps:\n- x", "en"},
		{"Nous avons parlé des communs et de la monnaie locale pour les tiers-lieux", "fr"},
		{"We talked about the commons and the local currency of the fablab", "en"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := parse(tt.text).Lang; got != tt.want {
			t.Errorf("Lang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestPositions(t *testing.T) {
	doc := parse("\n  **Étapes suivantes :**\n  - écrire à la mairie\n")
	f := doc.Fields[0]
	if f.Pos != (Pos{2, 5}) {
		t.Errorf("label at %v, want 2:5", f.Pos)
	}
	if f.Values[0].Pos != (Pos{3, 5}) {
		t.Errorf("value at %v, want 3:5", f.Values[0].Pos)
	}
}

func TestLinks(t *testing.T) {
	doc := parse("Titre : A\nContexte : https://lite5.framapad.org/p/communs_eco.\n\nVoir (https://pad.example.org/p/r.3f9c2a) et https://example.org/p/ et https://example.org/page")
	var got []string
	for _, l := range doc.Links {
		got = append(got, fmt.Sprintf("%d:%d %s %v", l.Line, l.Column, l.URL, l.InHeader))
	}
	want := []string{
		"2:12 https://lite5.framapad.org/p/communs_eco true",
		"4:7 https://pad.example.org/p/r.3f9c2a false",
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("links (-got +want):\n%s", diff)
	}
}

func TestCRLFAndNFD(t *testing.T) {
	doc := parse("Titre : Atelier\r\nE\u0301tapes suivantes :\r\n- appeler\r\n")
	if diff := cmp.Diff(fieldsOf(doc), []string{"title Titre=Atelier", "next_steps E\u0301tapes suivantes=appeler"}); diff != "" {
		t.Errorf("fields (-got +want):\n%s", diff)
	}
}

func TestTypos(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Tilte: A", []string{"title~ Tilte=A"}},
		{"Tatre : A", nil}, // one letter changed in a short label may be another word
		{"Descripton : x", []string{"description~ Descripton=x"}},
		{"Summery: x", []string{"description~ Summery=x"}},
		{"Hsahtags: #x", []string{"hashtags~ Hsahtags=#x"}},
		{"Sanctions: x", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(fieldsOf(parse(tt.text)), tt.want); diff != "" {
			t.Errorf("%q (-got +want):\n%s", tt.text, diff)
		}
	}
}

func TestHedgeDocFences(t *testing.T) {
	doc := parse(":::info\n**Description :** one\ntwo\nthree\n:::\n")
	if diff := cmp.Diff(fieldsOf(doc), []string{"description Description=one|two|three"}); diff != "" {
		t.Errorf("fields (-got +want):\n%s", diff)
	}
}
