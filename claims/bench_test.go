package claims

import (
	"testing"

	"github.com/kathan-nlp/kathan/entity"
	"github.com/kathan-nlp/kathan/internal/eval"
)

func fixtureDocs(b *testing.B) ([]eval.Doc, int) {
	docs, err := eval.LoadDir(fixtureDir)
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	return docs, size
}

// BenchmarkEntityStage and BenchmarkClaimStage run in one `go test -bench . ./claims` so that
// their times compare directly: the claims stage must add at most 30% to the entity stage.
func BenchmarkEntityStage(b *testing.B) {
	docs, size := fixtureDocs(b)
	r := entity.New()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := r.Analyze(d.Text); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkClaimStage extracts claims from already analyzed documents and reports claim F1.
func BenchmarkClaimStage(b *testing.B) {
	docs, size := fixtureDocs(b)
	r := entity.New()
	var analyzed []*entity.Document
	for _, d := range docs {
		a, err := r.Analyze(d.Text)
		if err != nil {
			b.Fatal(err)
		}
		analyzed = append(analyzed, a)
	}
	s := evaluate(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range analyzed {
			Extract(a)
		}
	}
	b.ReportMetric(s.found.F1(), "claimF1")
}
