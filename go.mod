module github.com/kathan-nlp/kathan

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	golang.org/x/text v0.44.0
)

require (
	github.com/jdkato/prose/v3 v3.2.3 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
