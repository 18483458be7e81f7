package entity

import (
	"io/fs"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kathan-nlp/kathan/internal/eval"
)

// corpus returns the fixture documents' plain texts.
func corpus(tb testing.TB) []eval.Doc {
	docs, err := eval.LoadDir(fixtureDir)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// BenchmarkEntities runs the whole entity stage (clean, tokens, recognition, linking) over the
// fixture corpus and reports the strict F1 it reaches next to the speed.
func BenchmarkEntities(b *testing.B) {
	docs := corpus(b)
	r := New()
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	strict, _ := evaluate(b, r, false)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := r.Analyze(d.Text); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(strict["ALL"].F1(), "strictF1")
}

// BenchmarkLexiconLoad measures loading the embedded lexicon and the rule word lists from
// scratch, as New does (the two at once): time per load, and the heap they hold (MB-held).
func BenchmarkLexiconLoad(b *testing.B) {
	held := heapHeld(func() any { lx, rd := loadData(newLexicon, newRules); return [2]any{lx, rd} })
	b.ReportAllocs()
	for b.Loop() {
		loadData(newLexicon, newRules)
	}
	b.ReportMetric(held, "MB-held")
}

// heapHeld returns the MB of heap still reachable from what build returns.
func heapHeld(build func() any) float64 {
	mb, _ := measureLoad(build)
	return mb
}

// measureLoad returns the MB of heap still reachable from what build returns, and the time build
// took (not counting the collections around it).
func measureLoad(build func() any) (float64, time.Duration) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	v := build()
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20), took
}

// TestLexiconLoadBudget keeps the loaded lexicon and rules within 30 MB of heap. The load time
// (budget 50 ms) is measured by BenchmarkLexiconLoad, not here: a timed test would fail on a
// busy machine.
func TestLexiconLoadBudget(t *testing.T) {
	held, took := measureLoad(func() any { lx, rd := loadData(newLexicon, newRules); return [2]any{lx, rd} })
	lx := DefaultLexicon()
	t.Logf("lexicon: %d entries, %d forms; one load took %v and holds %.1f MB", lx.Len(), lx.Forms(), took, held)
	if held > 30 {
		t.Errorf("lexicon and rules hold %.1f MB, budget 30 MB", held)
	}
}

// TestLexiconData checks the data files: no malformed line, and the coverage the issue asks for.
func TestLexiconData(t *testing.T) {
	lx := DefaultLexicon()
	if p := lx.Problems(); len(p) > 0 {
		t.Errorf("malformed lexicon lines:\n%s", strings.Join(p, "\n"))
	}
	counts := lx.CountByType()
	t.Logf("lexicon: %d entries (%v), %d forms", lx.Len(), counts, lx.Forms())
	if lx.Len() < 8000 {
		t.Errorf("%d entries, want at least 8000", lx.Len())
	}
	for _, c := range []struct{ form, name string }{
		{"પુતિન", "Vladimir Putin"}, {"Putin", "Vladimir Putin"}, {"ભાજપ", "Bharatiya Janata Party"},
		{"યુએન", "United Nations"}, {"UN", "United Nations"}, {"અમદાવાદ", "Ahmedabad"}, {"ગાંધીનગર", "Gandhinagar"},
		{"વ્હાઈટ હાઉસ", "White House"}, {"સીબીઆઈ", "Central Bureau of Investigation"},
	} {
		es := lx.Lookup(c.form)
		if len(es) == 0 || es[0].Name != c.name {
			t.Errorf("Lookup(%q) = %v, want %q first", c.form, es, c.name)
		}
	}
}

// TestConcurrent analyzes the fixtures from many goroutines with one shared Recognizer and
// checks that every result equals the sequential one (run with -race).
func TestConcurrent(t *testing.T) {
	docs := corpus(t)
	if testing.Short() {
		docs = docs[:10]
	}
	r := New()
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = summary(t, r, d.Text)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range docs {
				j := (i + g*7) % len(docs)
				if got := summary(t, r, docs[j].Text); got != want[j] {
					t.Errorf("%s: concurrent result differs", docs[j].Name)
				}
			}
		}()
	}
	wg.Wait()
}

func summary(t testing.TB, r *Recognizer, text string) string {
	d, err := r.Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, m := range d.Mentions {
		sb.WriteString(m.Text + "|" + string(m.Type) + "|" + m.Entity + "\n")
	}
	for _, e := range d.Entities {
		sb.WriteString(e.ID + "|" + e.Name + "\n")
	}
	return sb.String()
}

// TestDataFilesEmbedded checks that every TSV file under lexicon/ is embedded (embedded.go lists
// them one by one), so that a new data file cannot be left out silently.
func TestDataFilesEmbedded(t *testing.T) {
	err := filepath.WalkDir("lexicon", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".tsv") {
			return err
		}
		if _, ok := dataFile(filepath.ToSlash(p)); !ok {
			t.Errorf("%s is not embedded: add it to embedded.go", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
