package main

import "strings"

// field is one field of the pad header convention.
type field int

const (
	fieldTitle field = iota
	fieldDescription
	fieldContext
	fieldParticipants
	fieldNextSteps
	fieldHashtags
)

// fieldNames are the names used in the truth file.
var fieldNames = [...]string{"title", "description", "context", "participants", "next_steps", "hashtags"}

// requiredFields are the fields every pad should have.
var requiredFields = []field{fieldTitle, fieldDescription, fieldNextSteps, fieldHashtags}

// String returns the name of the field as written in the truth file.
func (f field) String() string { return fieldNames[f] }

// language holds every word list and label needed to write a pad in one language.
type language struct {
	code        string
	labels      [6][]string // labels by field, most common first
	typos       [6][]string // near misses of the labels, by field
	sep         []string    // separators between a label and its value
	subjects    []string
	verbs       []string
	actions     []string
	complements []string
	remarks     []string // whole sentences heard in a meeting
	questions   []string
	topics      []string
	titleForms  []string // title patterns: %s is a topic
	months      []string
	sections    []string // body headings that are not labels
	linkIntros  []string
	indexIntro  string
	noise       []string // lines holding a '#' that is not a hashtag
	names       []string
	cities      []string
	groupWord   string
	proposal    string   // the verb of "NAME proposes to ACTION"
	dateTitle   string   // a title made of a date
	dateForm    string   // day and month
	stray       []string // lines left above the header: %s is a name
	namePrefix  []string // first words of pad names
}

// languages are the languages the corpus is written in.
var languages = []*language{&french, &english}

// then joins a verb and an action, eliding French "de" before a vowel.
func (l *language) then(verb, action string) string {
	if l.code == "fr" && strings.HasSuffix(verb, " de") && startsWithVowel(action) {
		return strings.TrimSuffix(verb, "de") + "d'" + action
	}
	return verb + " " + action
}

// startsWithVowel reports whether s starts with a vowel.
func startsWithVowel(s string) bool {
	for _, r := range s {
		return strings.ContainsRune("aeiouyéèêâîôAEIOUÉ", r)
	}
	return false
}
