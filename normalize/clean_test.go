package normalize

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
		opts           Options
		repairs        []Repair
	}{
		{name: "plain Gujarati is kept", in: "પુતિને કહ્યું કે રશિયા.", want: "પુતિને કહ્યું કે રશિયા."},
		{name: "અ plus vowel signs", in: "અાજે અેક અોરડો અૈરાવત અૌષધ અૅપલ અૉફિસ", want: "આજે એક ઓરડો ઐરાવત ઔષધ ઍપલ ઑફિસ"},
		{name: "આ plus e and ai", in: "આેમ આૈ", want: "ઓમ ઔ"},
		{name: "chained repair", in: "અાે", want: "ઓ"},
		{name: "repair across ZWJ", in: "અ\u200dા", want: "આ"},
		{name: "invisible characters dropped", in: "\ufeffવ્\u200dહાઇટ\u200c હા\u00adઉસ\u2060\u200b", want: "વ્હાઇટ હાઉસ"},
		{name: "Unicode spaces", in: "a\u00a0b\u2009c\u202fd\u3000e", want: "a b c d e"},
		{name: "Gujarati digits", in: "તા. ૧૨/૦૯/૨૦૨૩", want: "તા. 12/09/2023"},
		{name: "keep Gujarati digits", in: "૧૨", want: "૧૨", opts: Options{KeepGujaratiDigits: true}},
		{name: "NFC on Latin", in: "Mace\u0301don", want: "Macédon"},
		{name: "nukta moves before virama", in: "જ્\u0abcર", want: "જ\u0abc્ર"},
		{name: "colon is not visarga", in: "નોંધ: દુઃખ", want: "નોંધ: દુઃખ"},
		{name: "invalid UTF-8 replaced", in: "ab\xff\xfeક", want: "ab\ufffd\ufffdક", repairs: []Repair{{2, 4}}},
		{name: "truncated sequence", in: "ક\xe0\xaa", want: "ક\ufffd\ufffd", repairs: []Repair{{3, 5}}},
		{name: "empty", in: "", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.opts.Clean(tc.in)
			if diff := cmp.Diff(tc.want, got.Text); diff != "" {
				t.Errorf("Text (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.repairs, got.Repairs); diff != "" {
				t.Errorf("Repairs (-want +got):\n%s", diff)
			}
			checkMap(t, got)
		})
	}
}

func TestCleanSpans(t *testing.T) {
	// Every span of the analysis text maps to the original bytes it came from.
	in := "HomeLatestWorldયુક્રેન\nspot_img\nઅાજે \u00a0પુતિન\u200dે ૧૨ Macе\u0301 \xff ok"
	got := Clean(in)
	tests := []struct{ clean, orig string }{
		{"યુક્રેન", "યુક્રેન"},
		{"આજે", "અાજે"},
		{"પુતિન", "પુતિન"},
		{"પુતિને", "પુતિન\u200dે"},
		{"12", "૧૨"},
		{"\ufffd", "\xff"},
		{"ok", "ok"},
	}
	for _, tc := range tests {
		i := strings.Index(got.Text, tc.clean)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.clean, got.Text)
		}
		s, e := got.Span(i, i+len(tc.clean))
		if diff := cmp.Diff(tc.orig, in[s:e]); diff != "" {
			t.Errorf("span of %q (-want +got):\n%s", tc.clean, diff)
		}
	}
}

func TestCleanSeed(t *testing.T) {
	src, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := Clean(string(src))
	for _, chrome := range []string{"spot_img", "Advertisment", "RELATED ARTICLES", "Most Popular", "HomeLatestInternational"} {
		if strings.Contains(got.Text, chrome) {
			t.Errorf("chrome %q left in the analysis text", chrome)
		}
	}
	// The real text is all there: every line of the original that is not chrome survives whole.
	for _, line := range []string{
		"યુક્રેન યુદ્ધમાં પહેલીવાર રશિયાએ ખુલ્લેઆમ બીજા દેશની મદદ માંગી, પુતિને આ દબંગ નેતાને લખ્યો પત્ર",
		"Russia openly seeks help from another country for first time in Ukraine war, Putin writes to domineering leader",
		"રશિયા ઉત્તર કોરિયા અને ઈરાન પર નિર્ભર હતું",
		"કિર્બીએ કહ્યું કે રશિયા તેના સંરક્ષણ આધારને મજબૂત કરવા વધારાના દારૂગોળા અને અન્ય મૂળભૂત યુદ્ધ સામગ્રીની શોધમાં છે.",
	} {
		if !strings.Contains(got.Text, line) {
			t.Errorf("line lost: %q", line)
		}
	}
	if !strings.HasPrefix(got.Text, "યુક્રેન યુદ્ધમાં") {
		t.Errorf("analysis text starts %q, want the title", got.Text[:40])
	}
	checkMap(t, got)
}

// checkMap verifies that every kept character maps back to the same character in the original,
// apart from the documented repairs, and that the map is monotonic and inside the input.
func checkMap(t *testing.T, x *Text) {
	t.Helper()
	last, lastEnd := 0, 0
	for i, r := range x.Text {
		n := utf8.RuneLen(r)
		s, e := x.Span(i, i+n)
		if s < last || e < s || e > len(x.Original) {
			t.Fatalf("map of byte %d is [%d,%d), after %d, input %d bytes", i, s, e, last, len(x.Original))
		}
		last = s
		orig := x.Original[s:e]
		if orig == string(r) || repairedAs(orig, r) {
			lastEnd = e
			continue
		}
		if s == e && s == lastEnd {
			continue // inside an atomic replacement (an NFC segment) mapped by its first rune
		}
		t.Errorf("analysis %q at %d maps to original %q", r, i, orig)
	}
}

// repairedAs reports whether orig is something Clean documents turning into r.
func repairedAs(orig string, r rune) bool {
	stripped := strings.Map(func(c rune) rune {
		if isDropped(c) {
			return -1
		}
		return c
	}, orig)
	switch {
	case r == ' ':
		return isOtherSpace([]rune(orig)[0])
	case r >= '0' && r <= '9':
		return stripped == string(rune(0x0AE6+r-'0'))
	case r == utf8.RuneError:
		return !utf8.ValidString(orig)
	}
	if joinVowelString(stripped) == string(r) {
		return true
	}
	return strings.HasPrefix(norm.NFC.String(stripped), string(r))
}

func joinVowelString(s string) string {
	rs := []rune(s)
	for len(rs) >= 2 {
		j := joinVowel(rs[0], rs[1])
		if j == 0 {
			break
		}
		rs = append([]rune{j}, rs[2:]...)
	}
	return string(rs)
}

func TestCleanIdempotent(t *testing.T) {
	src, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	once := Clean(string(src) + "અાે \xff e\u0301")
	twice := Clean(once.Text)
	if diff := cmp.Diff(once.Text, twice.Text); diff != "" {
		t.Errorf("cleaning twice changed the text (-once +twice):\n%s", diff)
	}
}
