package entity

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func tokenTexts(text string) []string {
	var out []string
	for _, t := range tokenize(text, nil) {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"પુતિને કહ્યું કે રશિયા.", []string{"પુતિને", "કહ્યું", "કે", "રશિયા", "."}},
		{"Redmiએ ફોન લોન્ચ કર્યો", []string{"Redmi", "એ", "ફોન", "લોન્ચ", "કર્યો"}},
		{"Kirbyની વાત", []string{"Kirby", "ની", "વાત"}},
		{"ડૉ. એ.કે. પટેલ અને Mr. Smith", []string{"ડૉ.", "એ.કે.", "પટેલ", "અને", "Mr.", "Smith"}},
		{"યુ.એસ.ના અધિકારી", []string{"યુ.એસ.ના", "અધિકારી"}},
		{"“આપ-લે” ‘હા’ \"ના\"", []string{"“", "આપ", "-", "લે", "”", "‘", "હા", "’", "\"", "ના", "\""}},
		{"રૂ. 1,200.50 અને 10:30 વાગ્યે 2023માં", []string{"રૂ.", "1,200.50", "અને", "10:30", "વાગ્યે", "2023", "માં"}},
		{"જુઓ https://example.com/a?b=1. લખો a.b@example.org, #ગુજરાત @kathan",
			[]string{"જુઓ", "https://example.com/a?b=1", ".", "લખો", "a.b@example.org", ",", "#ગુજરાત", "@kathan"}},
		{"ક્ષત્રિય શ્રીમંત ઑફિસ", []string{"ક્ષત્રિય", "શ્રીમંત", "ઑફિસ"}},
		{"અંત।બીજું॥", []string{"અંત", "।", "બીજું", "॥"}},
		{"O'Brien's U.S. team", []string{"O'Brien's", "U.S.", "team"}},
		{"L&T અને AT&T, Tom & Jerry, R &D", []string{"L&T", "અને", "AT&T", ",", "Tom", "&", "Jerry", ",", "R", "&", "D"}},
		{"ઓ’હેગન અને ડી'સોઝા, ‘હા’ કહ્યું", []string{"ઓ’હેગન", "અને", "ડી'સોઝા", ",", "‘", "હા", "’", "કહ્યું"}},
		{"ક...ખ", []string{"ક", "...", "ખ"}},
		{"કહ્યુંઃ ‘તપાસ’ પુનઃ", []string{"કહ્યું", "ઃ", "‘", "તપાસ", "’", "પુનઃ"}},
		{"લંડનઃ સવાલઃ સંભવતઃ ક્રમશઃ", []string{"લંડન", "ઃ", "સવાલ", "ઃ", "સંભવતઃ", "ક્રમશઃ"}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, tokenTexts(tc.in)); diff != "" {
			t.Errorf("tokenize(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestTokenizeNeverSplitsSigns: no token starts with a Gujarati sign that belongs to the letter
// before it.
func TestTokenizeNeverSplitsSigns(t *testing.T) {
	text := "વ્હાઇટ હાઉસે ક્ષત્રિયો શ્રીમાન દુઃખ મેક્રોં ઍપલ ફ઼ાઇલ Kirbyની 12મી"
	for _, tok := range tokenize(text, nil) {
		r := []rune(tok.Text)[0]
		if r >= 0x0A81 && r <= 0x0A83 || r >= 0x0ABC && r <= 0x0ACD && r != 0x0ABD {
			t.Errorf("token %q starts with a sign", tok.Text)
		}
	}
}

func TestSentences(t *testing.T) {
	text := "ડૉ. પટેલે કહ્યું: “આ સારું છે.” તેમણે ઉમેર્યું! યુ.એસ. અને ભારત\nશીર્ષક વગર પૂર્ણવિરામ\nબીજું વાક્ય । ત્રીજું"
	toks := tokenize(text, nil)
	var got []string
	for _, s := range splitSentences(text, toks, nil) {
		got = append(got, text[toks[s.First].CStart:toks[s.Last-1].CEnd])
	}
	want := []string{
		"ડૉ. પટેલે કહ્યું: “આ સારું છે.”",
		"તેમણે ઉમેર્યું!",
		"યુ.એસ. અને ભારત",
		"શીર્ષક વગર પૂર્ણવિરામ",
		"બીજું વાક્ય ।",
		"ત્રીજું",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestSplitSuffix(t *testing.T) {
	tests := []struct {
		word string
		want []Split
	}{
		{"પુતિને", []Split{{"પુતિ", "ને", Dative}, {"પુતિન", "ે", Ergative}}},
		{"કિર્બીએ", []Split{{"કિર્બી", "એ", Ergative}}},
		{"રશિયાના", []Split{{"રશિયા", "ના", Genitive}}},
		{"યુક્રેનમાં", []Split{{"યુક્રેન", "માં", Locative}}},
		{"અધિકારીઓના", []Split{{"અધિકારી", "ઓના", Genitive}, {"અધિકારીઓ", "ના", Genitive}}},
		{"ભારતમાંથી", []Split{{"ભારત", "માંથી", Ablative}, {"ભારતમાં", "થી", Ablative}}},
		{"રેન્જરોને", []Split{{"રેન્જર", "ોને", Dative}, {"રેન્જરો", "ને", Dative}, {"રેન્જરોન", "ે", Ergative}}},
		{"કેન્દ્રએ", []Split{{"કેન્દ્ર", "એ", Ergative}}},
		{"ને", nil},
		{"કે", nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, SplitSuffix(tc.word)); diff != "" {
			t.Errorf("SplitSuffix(%q) (-want +got):\n%s", tc.word, diff)
		}
	}
}

// TestDecodeRune checks the inline Gujarati decoder against the library on every code point of
// the block and on broken sequences.
func TestDecodeRune(t *testing.T) {
	var inputs []string
	for r := rune(0x0A80); r <= 0x0AFF; r++ {
		inputs = append(inputs, string(r)+"x")
	}
	inputs = append(inputs, "\xe0\xaa", "\xe0\xaa\x41", "\xe0\xac\x80", "a", "", "\xff")
	for _, s := range inputs {
		r1, n1 := decodeRune(s)
		r2, n2 := utf8.DecodeRuneInString(s)
		if r1 != r2 || n1 != n2 {
			t.Errorf("decodeRune(%q) = %U %d, want %U %d", s, r1, n1, r2, n2)
		}
	}
}
