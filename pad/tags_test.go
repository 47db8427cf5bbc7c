package pad

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tagTexts writes tags as their text, with "!" after a malformed one.
func tagTexts(tags []Tag) []string {
	var out []string
	for _, t := range tags {
		s := t.Text
		if t.Malformed {
			s += "!"
		}
		out = append(out, s)
	}
	return out
}

func TestFieldTags(t *testing.T) {
	cases := map[string][]string{
		"#communs #tiers-lieux #OpenSource #économie_sociale": {"#communs", "#tiers-lieux", "#OpenSource", "#économie_sociale"},
		"#communs, #fablab.":        {"#communs", "#fablab"},
		"communs, tiers-lieux":      {"#communs", "#tiers-lieux"},
		"communs fablab":            {"#communs", "#fablab"},
		"`communs` `open source`":   {"#communs", "open source!"},
		"#communs # fablab":         {"#communs", "# fablab!"},
		"#communs #":                {"#communs", "#!"},
		"communs, économie sociale": {"#communs", "économie sociale!"},
		"#1 #communs":               {"#1!", "#communs"},
		"#Economie #économie":       {"#Economie", "#économie"},
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			got := tagTexts(fieldTags(Value{Pos{1, 1}, in}))
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("tags (-got +want):\n%s", diff)
			}
		})
	}
}

func TestTagKeysFold(t *testing.T) {
	tags := fieldTags(Value{Pos{1, 1}, "#Economie #économie #E\u0301CONOMIE"})
	for _, tag := range tags {
		if tag.Key != "economie" {
			t.Errorf("Key(%s) = %q, want economie", tag.Text, tag.Key)
		}
	}
}

func TestBodyTags(t *testing.T) {
	cases := map[string][]string{
		"On a parlé de #communs et de #Économie_sociale.": {"#communs", "#Économie_sociale"},
		"# Titre de section":                    nil,
		"## Notes":                              nil,
		"point #1 et #42":                       nil,
		"couleur #ff0000 et #abc123 et #fff":    nil,
		"palette : #fafafa, #FACADE, #deadbeef": nil,
		"un #fab et un #cafe":                   {"#fab", "#cafe"},
		"https://exemple.org/annuaire?#/carte":  nil,
		"https://exemple.org/page#section":      nil,
		"en C# et F#":                           nil,
		"mot#dedans":                            nil,
		"(#communs) «#tiers-lieux»":             {"#communs", "#tiers-lieux"},
		"#tiers-lieux- et #minga2014":           {"#tiers-lieux", "#minga2014"},
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			if diff := cmp.Diff(tagTexts(bodyTags(in, 1)), want); diff != "" {
				t.Errorf("tags (-got +want):\n%s", diff)
			}
		})
	}
}

func TestBodyTagsSkipHashtagsField(t *testing.T) {
	doc := parse("Hashtags : #communs\n\nNotes sur #fablab")
	if diff := cmp.Diff(tagTexts(doc.Tags), []string{"#fablab"}); diff != "" {
		t.Errorf("body tags (-got +want):\n%s", diff)
	}
	if doc.Tags[0].Pos != (Pos{3, 11}) {
		t.Errorf("tag at %v, want 3:11", doc.Tags[0].Pos)
	}
}
