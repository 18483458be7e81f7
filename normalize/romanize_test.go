package normalize

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestRomanize(t *testing.T) {
	tests := []struct{ in, iso, ascii string }{
		{"પુતિન", "putina", "putin"},
		{"કિમ જોંગ ઉન", "kima joṁga una", "kim jong un"},
		{"ગુજરાત", "gujarāta", "gujarat"},
		{"ઇન્દ્ર", "indra", "indra"},
		{"ક", "ka", "ka"},
		{"ક્ષત્રિય", "kṣatriya", "kshatriy"},
		{"ઝેલેન્સ્કી", "jhelenskī", "zelenski"},
		{"ફ્રાન્સ", "phrānsa", "frans"},
		{"સંપર્ક", "saṁparka", "sampark"},
		{"ડૉક્ટર", "ḍôkṭara", "doktar"},
		{"બૅંક", "bêṁka", "bank"},
		{"દુઃખ", "duḥkha", "duhkh"},
		{"કઇ", "kaï", "kai"},
		{"ક્હ", "k:ha", "kha"},
		{"ફ઼ાઇલ", "fāila", "fail"},
		{"જ઼", "za", "za"},
		{"ઋષિ", "r̥ṣi", "rushi"},
		{"૨૦૨૩", "2023", "2023"},
		{"Putin ના", "Putin nā", "Putin na"},
		{"Modi, 2024!", "Modi, 2024!", "Modi, 2024!"},
		{"ૐ", "ōṁ", "om"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.iso, ISO(tc.in)); diff != "" {
			t.Errorf("ISO(%q) (-want +got):\n%s", tc.in, diff)
		}
		if diff := cmp.Diff(tc.ascii, ASCII(tc.in)); diff != "" {
			t.Errorf("ASCII(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestRomanizeBlock checks that all 91 assigned code points of U+0A80..U+0AFF have a row and that
// romanization consumes each of them: no Gujarati is left in the output, and the ASCII form is
// ASCII.
func TestRomanizeBlock(t *testing.T) {
	assigned := 0
	for r := rune(0x0A80); r < 0x0B00; r++ {
		inUnicode := unicode.Is(unicode.Gujarati, r)
		if inUnicode != IsGujarati(r) {
			t.Errorf("U+%04X: table says assigned=%v, Unicode says %v", r, IsGujarati(r), inUnicode)
		}
		if !IsGujarati(r) {
			continue
		}
		assigned++
		s := string(r)
		if KindOf(r) != Consonant && KindOf(r) != VowelLetter {
			s = "ક" + s // signs need a base
		}
		for name, f := range map[string]func(string) string{"ISO": ISO, "ASCII": ASCII} {
			out := f(s)
			if strings.ContainsFunc(out, IsGujarati) {
				t.Errorf("%s(%q) = %q keeps Gujarati", name, s, out)
			}
			if name == "ASCII" && strings.ContainsFunc(out, func(r rune) bool { return r > unicode.MaxASCII }) {
				t.Errorf("ASCII(%q) = %q is not ASCII", s, out)
			}
		}
	}
	if assigned != 91 {
		t.Errorf("%d assigned code points, want 91", assigned)
	}
}
