package entity

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/kathan-nlp/kathan/internal/eval"
)

const fixtureDir = "../testdata/fixtures"

// evalDir is the folder the fixture evaluation reads: the repository's fixtures, or the folder
// named by KATHAN_FIXTURES (documents in the same format, such as a held-out set). The floors are
// the repository's goals, so they hold only for its own fixtures.
func evalDir() (dir string, own bool) {
	if d := os.Getenv("KATHAN_FIXTURES"); d != "" {
		return d, false
	}
	return fixtureDir, true
}

// predicted converts a document's mentions to eval mentions.
func predicted(d *Document) []eval.Mention {
	var ms []eval.Mention
	for _, m := range d.Mentions {
		ms = append(ms, eval.Mention{Start: m.Start, End: m.End, Type: string(m.Type), Text: m.Text})
	}
	return ms
}

// evaluate runs the recognizer over all fixtures and returns strict and overlap scores.
func evaluate(t testing.TB, r *Recognizer, verbose bool) (eval.Scores, eval.Scores) {
	dir, _ := evalDir()
	docs, err := eval.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	strict, overlap := eval.Scores{}, eval.Scores{}
	bySource := map[string]*eval.PRF{} // strict, all types, by the fixture's origin
	var errs []string
	for _, gd := range docs {
		d, err := r.Analyze(gd.Text)
		if err != nil {
			t.Fatal(err)
		}
		pred := predicted(d)
		s, o := eval.ScoreMentions(gd.Mentions, pred)
		strict.Add(s)
		overlap.Add(o)
		src, _, _ := strings.Cut(gd.Name, "-")
		if bySource[src] == nil {
			bySource[src] = &eval.PRF{}
		}
		bySource[src].Add(*s["ALL"])
		if verbose {
			errs = append(errs, diffMentions(gd.Name, gd.Mentions, pred)...)
		}
	}
	if verbose {
		sort.Strings(errs)
		t.Logf("errors:\n%s", strings.Join(errs, "\n"))
		var lines []string
		for src, p := range bySource {
			lines = append(lines, fmt.Sprintf("  %-8s %s", src, p))
		}
		sort.Strings(lines)
		t.Logf("strict, by origin of the fixture:\n%s", strings.Join(lines, "\n"))
	}
	return strict, overlap
}

func diffMentions(name string, gold, pred []eval.Mention) []string {
	key := func(m eval.Mention) string { return fmt.Sprintf("%d:%d:%s", m.Start, m.End, m.Type) }
	g := map[string]eval.Mention{}
	for _, m := range gold {
		g[key(m)] = m
	}
	p := map[string]eval.Mention{}
	for _, m := range pred {
		p[key(m)] = m
	}
	var out []string
	for k, m := range g {
		if _, ok := p[k]; !ok {
			out = append(out, fmt.Sprintf("FN %-12s %s  (%s)", m.Type, m.Text, name))
		}
	}
	for k, m := range p {
		if _, ok := g[k]; !ok {
			out = append(out, fmt.Sprintf("FP %-12s %s  (%s)", m.Type, m.Text, name))
		}
	}
	return out
}

// minStrictF1 is the floor the fixtures must keep: the level reached so far, so that a change
// that loses accuracy fails (issue 3 asked for 0.90; 0.92 is reached). Raise it as the recognizer improves.
const minStrictF1 = 0.91

// TestFixtureF1 reports precision, recall and F1 per type on the annotated fixtures, strict
// (same span and type) and overlap, and fails below minStrictF1.
func TestFixtureF1(t *testing.T) {
	strict, overlap := evaluate(t, New(), testing.Verbose())
	t.Logf("strict:\n%s", strict.Report())
	t.Logf("overlap:\n%s", overlap.Report())
	if _, own := evalDir(); !own {
		return
	}
	if f := strict["ALL"].F1(); f < minStrictF1 {
		t.Errorf("strict F1 %.3f below %.2f", f, minStrictF1)
	}
}
