package entity

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze: no panic on any input; every token and mention is a span of the input whose
// text it is (mentions inside the input, in order, not overlapping); sentences tile the tokens.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"", "પુતિને કહ્યું કે રશિયા.", "ડૉ. એ.કે. પટેલ Kirbyની યુ.એસ.ના", "spot_img\nHomeLatestWorldયુક્રેન",
		"\xff\xfeક\xe0\xaa કિમ જોંગ-ઉન", "જોન્સન વહીવટ\nહેનરી કિસિંજરના", "શ્રી રમેશ\nપટેલે", "“આપ-લે” ‘હા’ \"ના\" https://x.org a@b.cd #ગુજરાત", strings.Repeat("ક્", 40),
		"્", "્ GIFT", // a word that folds to nothing (a lone virama) before a lexicon lookup
	} {
		f.Add(s)
	}
	r := New()
	f.Fuzz(func(t *testing.T, s string) {
		d, err := r.Analyze(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range d.Tokens {
			sp := d.Span(tok.CStart, tok.CEnd)
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("token %q maps outside the input: %+v", tok.Text, sp)
			}
		}
		last := 0
		for _, m := range d.Mentions {
			if m.Start < last || m.End > len(s) || s[m.Start:m.End] != m.Text || !utf8.ValidString(m.Text) && utf8.ValidString(s) {
				t.Fatalf("bad mention %+v (previous end %d)", m, last)
			}
			last = m.End
			if strings.ContainsRune(m.Text, '\n') {
				t.Fatalf("mention %q crosses a line break", m.Text)
			}
			if m.RuneStart != utf8.RuneCountInString(s[:m.Start]) || m.RuneEnd != utf8.RuneCountInString(s[:m.End]) {
				t.Fatalf("rune offsets of %q: %d,%d", m.Text, m.RuneStart, m.RuneEnd)
			}
		}
		next := 0
		for _, sn := range d.Sentences {
			if sn.First != next || sn.Last <= sn.First {
				t.Fatalf("sentences do not tile the tokens: %+v after %d", sn, next)
			}
			next = sn.Last
		}
		if next != len(d.Tokens) {
			t.Fatalf("sentences end at token %d of %d", next, len(d.Tokens))
		}
	})
}
