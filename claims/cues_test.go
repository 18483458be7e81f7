package claims

import (
	"strings"
	"testing"
)

// tsvRow is one data row of a table: its 1-based line number and its columns.
type tsvRow struct {
	line int
	cols []string
}

// tsvRows returns the data rows of a table, without blank and comment lines.
func tsvRows(tsv string) []tsvRow {
	var rows []tsvRow
	for n, line := range strings.Split(tsv, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			rows = append(rows, tsvRow{n + 1, strings.Split(line, "\t")})
		}
	}
	return rows
}

// TestCueTables checks the data files by their rules: every row has its columns, known kinds
// and stances, and no pattern is listed twice (a second row would silently shadow the first).
func TestCueTables(t *testing.T) {
	kinds := map[string]bool{kindVerb: true, kindFrame: true, kindImpersonal: true, kindEnglishVerb: true, kindEnglishFrame: true}
	stances := map[string]bool{}
	for _, s := range strings.Fields("said claim allegation confirmation admission denial belief hedge announcement warning demand promise question") {
		stances[s] = true
	}
	seen := map[string]int{}
	for _, r := range tsvRows(cuesTSV) {
		c := r.cols
		if len(c) < 5 {
			t.Errorf("cues.tsv:%d: %d columns, want at least 5", r.line, len(c))
			continue
		}
		if !kinds[c[1]] || !stances[c[2]] {
			t.Errorf("cues.tsv:%d: kind %q or stance %q unknown", r.line, c[1], c[2])
		}
		if p, ok := seen[c[0]]; ok {
			t.Errorf("cues.tsv:%d: %q is listed on line %d too", r.line, c[0], p)
		}
		seen[c[0]] = r.line
	}
	seen = map[string]int{}
	for _, r := range tsvRows(markersTSV) {
		c := r.cols
		if len(c) < 2 {
			t.Errorf("markers.tsv:%d: %d columns", r.line, len(c))
			continue
		}
		if p, ok := seen[c[0]+"\t"+c[1]]; ok {
			t.Errorf("markers.tsv:%d: %q (%s) is listed on line %d too", r.line, c[0], c[1], p)
		}
		seen[c[0]+"\t"+c[1]] = r.line
	}
}
