package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
)

// rareTag is the tag written in exactly rarePads pads, a target for search benchmarks.
const (
	rareTag  = "raretag"
	rarePads = 5
)

// vocabularySize is how many spellings of tags the corpus draws from.
const vocabularySize = 400

// baseTags are the tags of the community, most used first.
var baseTags = []string{
	"communs", "tiers-lieux", "fablab", "opensource", "économie", "logiciel-libre",
	"monnaie-locale", "gouvernance", "commons", "numérique", "économie_sociale", "ess",
	"coopérative", "makers", "réparation", "low-tech", "opendata", "cartographie",
	"stigmergie", "collaboration", "documentation", "framapad", "etherpad", "wiki",
	"licence-libre", "creativecommons", "éducation-populaire", "jardin-partagé",
	"permaculture", "agriculture-urbaine", "circuit-court", "alimentation", "énergie",
	"énergie-citoyenne", "mobilité", "vélo", "habitat-participatif", "urbanisme",
	"quartier", "territoire", "ruralité", "emploi", "insertion", "formation",
	"apprentissage", "pair-à-pair", "p2p", "impression3d", "électronique", "arduino",
	"raspberrypi", "recyclage", "zéro-déchet", "ressourcerie", "recyclerie", "design",
	"artisanat", "culture", "musique", "médiathèque", "bibliothèque", "science-ouverte",
	"recherche", "hackathon", "atelier", "réunion", "compte-rendu", "assemblée",
	"facilitation", "animation", "bénévolat", "association", "financement",
	"crowdfunding", "subvention", "budget", "transition", "climat", "biodiversité",
	"eau", "santé", "solidarité", "entraide", "inclusion", "accessibilité",
	"jeunesse", "éducation", "école", "makerspace", "hackerspace", "localcurrency",
	"governance", "coop", "digitalcommons", "repair", "thirdplaces", "mapping",
	"community", "peer-learning", "citizen-energy", "food", "urban_farming",
	"zerowaste", "circular-economy", "sharing-economy", "platform-coop",
	"decentralization", "fediverse", "privacy", "digital-rights", "open-hardware",
	"openscience", "citizen-science", "mutual-aid", "volunteering", "fundraising",
	"events", "workshop", "meeting", "notes", "newsletter", "onboarding", "roadmap",
	"feedback", "retrospective", "housing", "cycling", "lowtech", "networking",
	"stigmergy", "free-software", "tool-library", "seed-library", "coworking",
	"résidence", "médiation", "numérique-responsable", "sobriété", "mutualisation",
	"charte", "intelligence-collective", "holacratie", "sociocratie", "consentement",
	"démocratie", "participation", "budget-participatif", "open-gov", "civic-tech",
	"données", "carto", "osm", "openstreetmap", "annuaire", "agenda", "communication",
	"réseaux", "webinaire", "visio", "jitsi", "nextcloud", "matrix", "mastodon",
	"peertube", "degooglisons", "chatons", "framasoft", "wikipedia", "wikidata",
}

// buildVocabulary returns baseTags followed by spelling variants of them
// (capitalised, without accents, underscores for hyphens), up to vocabularySize.
func buildVocabulary() []string {
	seen := make(map[string]bool, vocabularySize)
	vocab := make([]string, 0, vocabularySize)
	add := func(tag string) {
		if !seen[tag] && len(vocab) < vocabularySize && validTag(tag) {
			seen[tag] = true
			vocab = append(vocab, tag)
		}
	}
	for _, tag := range baseTags {
		add(tag)
	}
	for _, variant := range tagVariants {
		for _, tag := range baseTags {
			add(variant(tag))
		}
	}
	return vocab
}

// tagVariants are the ways writers respell a tag.
var tagVariants = []func(string) string{
	capitalise,
	stripAccents,
	func(s string) string { return capitalise(stripAccents(s)) },
	func(s string) string { return strings.ReplaceAll(s, "-", "_") },
	strings.ToUpper,
}

// validTag reports whether tag could not be mistaken for a colour, a number
// or the rare tag.
func validTag(tag string) bool {
	if strings.HasPrefix(strings.ToLower(tag), rareTag) {
		return false
	}
	return !isHexOrDigits(tag)
}

// isHexOrDigits reports whether s is made of hexadecimal digits only.
func isHexOrDigits(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// accents maps the accented letters of French to plain ones.
var accents = strings.NewReplacer(
	"à", "a", "â", "a", "ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"î", "i", "ï", "i", "ô", "o", "ù", "u", "û", "u", "ü", "u",
	"É", "E", "È", "E", "À", "A", "Ç", "C",
)

// stripAccents removes the diacritics of s.
func stripAccents(s string) string { return accents.Replace(s) }

// tagPicker draws tags from the vocabulary with a Zipf-like distribution.
type tagPicker struct {
	vocab []string
	zipf  *rand.Zipf
}

// newTagPicker returns a picker drawing from vocab with rng.
func newTagPicker(rng *rand.Rand, vocab []string) *tagPicker {
	zipf := rand.NewZipf(rng, 1.07, 3, uint64(len(vocab)-1))
	return &tagPicker{vocab: vocab, zipf: zipf}
}

// pick returns n distinct tags.
func (p *tagPicker) pick(n int) []string {
	tags := make([]string, 0, n)
	for len(tags) < n {
		tag := p.vocab[p.zipf.Uint64()]
		if !slices.Contains(tags, tag) {
			tags = append(tags, tag)
		}
	}
	return tags
}
