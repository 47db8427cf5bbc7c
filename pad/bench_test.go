package pad

import (
	"os"
	"path/filepath"
	"testing"
)

// benchPads reads the example pads, about 70 KB of French and English
// notes in every shape.
func benchPads(b *testing.B) (names []string, data []string, size int64) {
	names, _ = filepath.Glob("../testdata/pads/*")
	for _, n := range names {
		d, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, string(d))
		size += int64(len(d))
	}
	return names, data, size
}

func BenchmarkParse(b *testing.B) {
	names, data, size := benchPads(b)
	opt := DefaultOptions()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range data {
			if _, err := Parse(names[i], d, FormatOf(names[i], d), opt); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkLabelsMatch(b *testing.B) {
	l := DefaultLabels()
	lines := []string{"Étapes suivantes", "Hastags", "Inès", "acheter du matériel", "Notes du jour"}
	for b.Loop() {
		for _, s := range lines {
			l.Match(s, true)
		}
	}
}
