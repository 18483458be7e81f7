package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"", "પુતિને કહ્યું કે રશિયા.", "અાજે આે ૧૨", "spot_img\nHomeLatestWorldયુક્રેન",
	"\xff\xfeક\xe0\xaa", "e\u0301 જ્\u0abcર \u00a0\u200d", "Also Read: x\nRELATED ARTICLES",
	strings.Repeat("ક્", 50), "Kim Jong Un U.S. CBI યુ.એસ.",
}

// FuzzClean: no panic on any input; cleaning is idempotent; the offset map is monotonic and
// inside the input; and valid Gujarati (with ASCII) survives unchanged apart from the documented
// repairs.
func FuzzClean(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x := Clean(s)
		if !utf8.ValidString(x.Text) {
			t.Fatalf("invalid UTF-8 in the analysis text of %q", s)
		}
		if again := Clean(x.Text); again.Text != x.Text {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, x.Text, again.Text)
		}
		last := 0
		for i := 0; i <= len(x.Text); i++ {
			o := x.Map.Start(i)
			if o < last || o > len(s) {
				t.Fatalf("Start(%d) = %d after %d, input %d bytes", i, o, last, len(s))
			}
			last = o
			if e := x.Map.End(i); e < 0 || e > len(s) {
				t.Fatalf("End(%d) = %d outside the input", i, e)
			}
		}
		if plainGujarati(s) {
			raw := Options{KeepChrome: true, KeepGujaratiDigits: true}.Clean(s)
			if want := applyRepairs(s); raw.Text != want {
				t.Fatalf("valid Gujarati changed: %q -> %q, want %q", s, raw.Text, want)
			}
		}
	})
}

// plainGujarati reports text made only of assigned Gujarati code points, ASCII letters, digits,
// spaces and punctuation: text that Clean may change only by its documented repairs.
func plainGujarati(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !(IsGujarati(r) || r >= ' ' && r < utf8.RuneSelf || r == '\n') {
			return false
		}
	}
	return true
}

// applyRepairs is an independent statement of the documented repairs for plain Gujarati: vowel
// letters typed in two parts, and NFC's reordering of virama + nukta.
func applyRepairs(s string) string {
	r := strings.NewReplacer("અા", "આ", "અે", "એ", "અો", "ઓ", "અૈ", "ઐ", "અૌ", "ઔ", "અૅ", "ઍ", "અૉ", "ઑ", "આે", "ઓ", "આૈ", "ઔ", "\u0acd\u0abc", "\u0abc\u0acd")
	for {
		t := r.Replace(s)
		if t == s {
			return t
		}
		s = t
	}
}

// FuzzKeys: no panic; keys are deterministic, sorted and bounded; a name matches itself; Fold
// keeps UTF-8 valid and does not depend on what its buffer holds.
func FuzzKeys(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "Putin")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ka := Keys(a)
		if len(ka) > maxKeys {
			t.Fatalf("%d keys for %q", len(ka), a)
		}
		if len(ka) > 0 && !Match(a, a) {
			t.Fatalf("%q does not match itself", a)
		}
		if s := Similarity(a, b); s < 0 || s > 1 {
			t.Fatalf("Similarity(%q, %q) = %v", a, b, s)
		}
		_ = ISO(a) + ASCII(b)
		// Fold keeps valid text valid, and what dst holds does not change how a word folds.
		fa := Fold(nil, a)
		if utf8.ValidString(a) && !utf8.Valid(fa) {
			t.Fatalf("Fold(%q) = %q, not UTF-8", a, fa)
		}
		if fb := Fold(Fold(nil, b), a); string(fb[len(fb)-len(fa):]) != string(fa) {
			t.Fatalf("Fold(%q) after %q = %q, alone %q", a, b, fb, fa)
		}
	})
}
