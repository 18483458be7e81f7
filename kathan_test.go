package kathan_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v3"
	"github.com/kathan-nlp/kathan"
	"github.com/kathan-nlp/kathan/internal/eval"
)

func fixtureTexts(tb testing.TB) []string {
	docs, err := eval.LoadDir("testdata/fixtures")
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, d := range docs {
		out = append(out, d.Text)
	}
	return out
}

// BenchmarkPipeline runs what the command does for each fixture document: clean-up, entities,
// claims and JSON encoding. Compare with BenchmarkProseEnglish in the same run.
func BenchmarkPipeline(b *testing.B) {
	texts := fixtureTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	if _, err := kathan.Analyze(texts[0]); err != nil { // load the lexicon before timing
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	enc := json.NewEncoder(io.Discard)
	for b.Loop() {
		for _, t := range texts {
			res, err := kathan.Analyze(t)
			if err != nil {
				b.Fatal(err)
			}
			if err := enc.Encode(res); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkProseEnglish runs prose v3's full English pipeline (tokens, sentences, tags,
// entities) over the English originals of the NTREX fixtures, news text of similar size: the
// baseline kathan's pipeline is compared with.
func BenchmarkProseEnglish(b *testing.B) {
	files, _ := filepath.Glob("testdata/english/*.en.txt")
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	if _, err := prose.NewDocument("Warm up the models."); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := prose.NewDocument(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func ExampleAnalyze() {
	res, err := kathan.Analyze("વ્હાઇટ હાઉસે બુધવારે જણાવ્યું હતું કે પુતિને કિમ જોંગ ઉનને પત્ર લખ્યો છે.")
	if err != nil {
		panic(err)
	}
	for _, e := range res.Entities {
		fmt.Println(e.ID, e.Type, e.Name)
	}
	for _, c := range res.Claims {
		fmt.Printf("%s [%s, %s] %s | %s | time %s\n", c.Source.Text, c.Source.Kind, c.Stance, c.Cue.Text, c.Content.Text, c.Time.Text)
	}
	// Output:
	// e1 ORGANIZATION White House
	// e2 PERSON Vladimir Putin
	// e3 PERSON Kim Jong Un
	// વ્હાઇટ હાઉસ [named, said] જણાવ્યું હતું | પુતિને કિમ જોંગ ઉનને પત્ર લખ્યો છે | time બુધવારે
}
