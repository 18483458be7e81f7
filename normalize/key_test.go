package normalize

import (
	"bufio"
	"math/rand/v2"
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestMatchNews(t *testing.T) {
	same := [][]string{
		{"પુતિન", "Putin"},
		{"કિમ જોંગ ઉન", "Kim Jong Un"},
		{"પ્યોંગયાંગ", "Pyongyang"},
		{"શોઇગુ", "Shoigu"},
		{"કિર્બી", "Kirby"},
		{"વ્હાઇટ હાઉસ", "વ્હાઈટ હાઉસ", "White House"},
		{"જ્હોન કિર્બી", "જોન કિર્બી", "John Kirby"},
		{"બિડેન", "Biden"},
		{"યુક્રેન", "Ukraine"},
		{"ઈરાન", "ઇરાન", "Iran"},
		{"મોસ્કો", "Moscow"},
		{"મેક્રોં", "Macron"},
		{"ન્યૂયોર્ક", "ન્યૂ યોર્ક", "New York"},
		{"ઇઝરાયલ", "Israel"},
		{"કીવ", "Kyiv"},
		{"સીબીઆઈ", "CBI"},
		{"યુએસ", "યુ.એસ.", "US", "U.S."},
		{"ઝેલેન્સ્કી", "Zelensky"},
		{"ઓસ્ટ્રેલિયા", "ઑસ્ટ્રેલિયા", "Australia"},
	}
	for _, group := range same {
		for _, a := range group {
			for _, b := range group {
				if !Match(a, b) {
					t.Errorf("Match(%q, %q) = false; keys %v and %v", a, b, Keys(a), Keys(b))
				}
			}
		}
	}
	different := [][2]string{
		{"પુતિન", "Biden"}, {"રશિયા", "Russia Today"}, {"ઈરાન", "Iraq"}, {"કિર્બી", "Kerry"},
		{"મોદી", "Modi Biden"}, {"ભારત", "India"}, {"ઓસ્ટ્રિયા", "Australia"},
	}
	for _, p := range different {
		if Match(p[0], p[1]) {
			t.Errorf("Match(%q, %q) = true; keys %v and %v", p[0], p[1], Keys(p[0]), Keys(p[1]))
		}
	}
}

func TestSimilarityRanks(t *testing.T) {
	// The graded similarity must rank the right name first among key-compatible candidates.
	tests := []struct{ name, best, other string }{
		{"પુતિન", "Putin", "Patton"},
		{"બિડેન", "Biden", "Baden"},
		{"કિર્બી", "Kirby", "Korba"},
		{"વ્હાઈટ હાઉસ", "વ્હાઇટ હાઉસ", "White Horse"},
	}
	for _, tc := range tests {
		if b, o := Similarity(tc.name, tc.best), Similarity(tc.name, tc.other); b <= o {
			t.Errorf("Similarity(%q): %q %.2f <= %q %.2f", tc.name, tc.best, b, tc.other, o)
		}
	}
}

// disambiguation is what Wikipedia titles add to tell same-named things apart: "(film)",
// ", Gujarat". The labels judged the names without it.
var disambiguation = regexp.MustCompile(`\s*\([^)]*\)|,.*$`)

// TestMatchReference measures the key on the reference pairs of CLDR and Wikidata that are
// transliterations (column translit = T in testdata/translit-pairs.tsv, labelled by reading, not
// by any algorithm), and on the same pairs shuffled. Targets: at least 92% of true pairs match,
// at most 0.2% of unrelated pairs.
func TestMatchReference(t *testing.T) {
	f, err := os.Open("testdata/translit-pairs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type pair struct{ src, gu, en string }
	var pairs []pair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 4 || c[3] != "T" {
			continue
		}
		src, _, _ := strings.Cut(c[0], ":")
		pairs = append(pairs, pair{src, disambiguation.ReplaceAllString(c[1], ""), disambiguation.ReplaceAllString(c[2], "")})
	}
	if len(pairs) < 1000 {
		t.Fatalf("only %d transliteration pairs", len(pairs))
	}
	hit := map[string]int{}
	total := map[string]int{}
	var misses []string
	for _, p := range pairs {
		total[p.src]++
		if Match(p.gu, p.en) {
			hit[p.src]++
		} else if len(misses) < 40 {
			misses = append(misses, p.gu+" = "+p.en)
		}
	}
	all := hit["cldr"] + hit["wikidata"]
	rate := float64(all) / float64(len(pairs))
	t.Logf("transliteration pairs matched: %.1f%% (%d/%d); CLDR %d/%d, Wikidata %d/%d",
		100*rate, all, len(pairs), hit["cldr"], total["cldr"], hit["wikidata"], total["wikidata"])

	r := rand.New(rand.NewPCG(1, 2))
	perm := r.Perm(len(pairs))
	false_, tried := 0, 0
	for i, j := range perm {
		if pairs[i].en == pairs[j].en || pairs[i].gu == pairs[j].gu {
			continue
		}
		tried++
		if Match(pairs[i].gu, pairs[j].en) {
			false_++
			t.Logf("unrelated match: %s = %s %v", pairs[i].gu, pairs[j].en, Keys(pairs[j].en))
		}
	}
	frate := float64(false_) / float64(tried)
	t.Logf("shuffled pairs matched: %.2f%% (%d/%d)", 100*frate, false_, tried)
	if rate < 0.92 {
		t.Errorf("match rate %.3f below 0.92; some misses: %q", rate, misses)
	}
	if frate > 0.002 {
		t.Errorf("false match rate %.4f above 0.002", frate)
	}
}
