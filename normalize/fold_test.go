package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	groups := [][]string{
		{"વ્હાઇટ હાઉસ", "વ્હાઈટ હાઉસ", "વાઇટ હાઉસ"},
		{"જ્હોન કિર્બી", "જોન કિર્બી", "જોન કિર્બિ"},
		{"ઑસ્ટ્રેલિયા", "ઓસ્ટ્રેલિયા"},
		{"કિમ જોંગ ઉન", "કિમ જોન્ગ-ઉન"},
		{"યુ.એસ.", "યુએસ"},
		{"U.S.", "US", "us"},
		{"કોલંબિયા", "કોલમ્બિયા"},
		{"ફ઼ાઇલ", "ફાઇલ"},
		{"ડેન્વર", "ડેનવર"},
		{"ફોનિક્સ", "ફોનિક્ષ"},
		{"હેનરી", "હેન્રી", "હેંરી"},
		{"વેટેલ", "વેટ્ટેલ"},
		{"કોનોર", "કોન્નોર"},
		{"એસોસિયેટેડ", "એસોસિએટેડ"},
		{"મારિયા", "મારિઆ", "મારીઆ"},
	}
	for _, g := range groups {
		want := string(Fold(nil, g[0]))
		for _, s := range g[1:] {
			if diff := cmp.Diff(want, string(Fold(nil, s))); diff != "" {
				t.Errorf("Fold(%q) differs from Fold(%q):\n%s", s, g[0], diff)
			}
		}
	}
	// Vowels stay, so different names stay apart; ન્ય (ન્યૂ યોર્ક) is no nasal before a stop; an
	// anusvara is not dropped (સંત is not સત); a consonant repeated with a vowel between is no
	// doubled one (ખખડ).
	for _, p := range [][2]string{{"પુતિન", "પાટણ"}, {"ન્યૂ", "મ્યૂ"}, {"કિર્બી", "કર્બી"}, {"સંત", "સત"}, {"ખખડ", "ખડ"}} {
		if string(Fold(nil, p[0])) == string(Fold(nil, p[1])) {
			t.Errorf("Fold(%q) == Fold(%q)", p[0], p[1])
		}
	}
}

// TestFoldAppends checks that folding into a buffer that already holds a word does not let that
// word change the next one: the recognizer folds a document's tokens one after another into one
// buffer (મોદી then એ must not become મોદી + યે).
func TestFoldAppends(t *testing.T) {
	for _, p := range [][2]string{{"મોદી", "એ"}, {"કટ્", "ટર"}, {"રિ", "આ"}} {
		want := string(Fold(nil, p[0])) + string(Fold(nil, p[1]))
		if diff := cmp.Diff(want, string(Fold(Fold(nil, p[0]), p[1]))); diff != "" {
			t.Errorf("Fold(Fold(%q), %q):\n%s", p[0], p[1], diff)
		}
	}
}
