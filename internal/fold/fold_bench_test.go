package fold

import "testing"

func BenchmarkString(b *testing.B) {
	for _, s := range []string{"Étapes suivantes", "Hashtags", "acheter du matériel pour la fête"} {
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				String(s)
			}
		})
	}
}
