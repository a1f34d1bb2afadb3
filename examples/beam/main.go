package main

import (
	"context"
	"flag"
	"log"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input      = flag.String("input", "", "comma-separated globs of the notices to convert, e.g. '/archive/*/*.txt,/archive/*/*.pdf' or 'gs://bucket/notices/*.txt' (required)")
	output     = flag.String("output", "", "prefix of the JSON Lines output: PREFIX-00000-of-0000N.jsonl, one {\"path\", \"document\"} per line (required)")
	deadLetter = flag.String("dead_letter", "", "prefix of the dead-letter output, one {\"path\", \"kind\", \"message\"} per failed file (default: OUTPUT-failed)")
	review     = flag.String("review", "", "prefix of the review queue, one {\"path\", \"score\", \"review\", \"reason\"} per flagged element or reason of a document marked for review (default: OUTPUT-review)")
	shards     = flag.Int("shards", 4, "number of files per output")
	keywords   = flag.Bool("keywords", false, "extract keywords and canonical unit names (loads a dictionary on each worker)")
	maxBytes   = flag.Int64("max_bytes", 0, "refuse inputs larger than this many bytes (0: the library default, 256 MiB)")
)

func main() {
	flag.Parse()
	beam.Init() // must follow flag.Parse: on a worker it takes over here
	if *input == "" || *output == "" {
		log.Fatal("--input and --output are required (see -h)")
	}
	if *deadLetter == "" {
		*deadLetter = *output + "-failed"
	}
	if *review == "" {
		*review = *output + "-review"
	}
	p, s := beam.NewPipelineWithRoot()
	cfg := Config{
		Inputs: strings.Split(*input, ","), Output: *output, DeadLetter: *deadLetter, Review: *review,
		Shards: *shards, Keywords: *keywords, MaxBytes: *maxBytes,
	}
	if err := Build(s, cfg); err != nil {
		log.Fatal(err)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}
