package claims

import (
	"strings"
	"testing"
)

// TestCueTables checks the data files by their rules: every row has its columns, known kinds
// and stances, and no pattern is listed twice (a second row would silently shadow the first).
func TestCueTables(t *testing.T) {
	kinds := map[string]bool{kindVerb: true, kindFrame: true, kindImpersonal: true, kindEnglishVerb: true, kindEnglishFrame: true}
	stances := map[string]bool{}
	for _, s := range strings.Fields("said claim allegation confirmation admission denial belief hedge announcement warning demand promise question") {
		stances[s] = true
	}
	seen := map[string]int{}
	for n, line := range strings.Split(cuesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 5 {
			t.Errorf("cues.tsv:%d: %d columns, want at least 5", n+1, len(c))
			continue
		}
		if !kinds[c[1]] || !stances[c[2]] {
			t.Errorf("cues.tsv:%d: kind %q or stance %q unknown", n+1, c[1], c[2])
		}
		if p, ok := seen[c[0]]; ok {
			t.Errorf("cues.tsv:%d: %q is listed on line %d too", n+1, c[0], p)
		}
		seen[c[0]] = n + 1
	}
	seenM := map[string]int{}
	for n, line := range strings.Split(markersTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 2 {
			t.Errorf("markers.tsv:%d: %d columns", n+1, len(c))
			continue
		}
		if p, ok := seenM[c[0]+"\t"+c[1]]; ok {
			t.Errorf("markers.tsv:%d: %q (%s) is listed on line %d too", n+1, c[0], c[1], p)
		}
		seenM[c[0]+"\t"+c[1]] = n + 1
	}
}
