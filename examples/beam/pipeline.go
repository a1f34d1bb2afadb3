package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

func init() {
	register.DoFn5x0[context.Context, fileio.ReadableFile, func(string), func(string), func(string)](&parseFn{})
	register.DoFn1x2[string, int, string](&shardKeyFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter1[string]()
	register.Iter1[string]()
}

// Config is what the pipeline reads and writes.
type Config struct {
	Inputs     []string // globs, e.g. /archive/*/*.txt or gs://bucket/notices/*.pdf
	Output     string   // prefix of the documents' JSON Lines files
	DeadLetter string   // prefix of the failures' JSON Lines files
	Review     string   // prefix of the review queue's JSON Lines files
	Shards     int      // number of files per output (at least 1)
	Keywords   bool     // extract keywords (loads the segmenter's dictionary on each worker)
	MaxBytes   int64    // refuse larger inputs; 0 for the library default
}

// Build adds the conversion to the pipeline of s.
func Build(s beam.Scope, cfg Config) error {
	if len(cfg.Inputs) == 0 {
		return errors.New("no input glob")
	}
	if cfg.Output == "" || cfg.DeadLetter == "" || cfg.Review == "" {
		return errors.New("output, dead-letter and review prefixes are required")
	}
	var matched []beam.PCollection
	for _, glob := range cfg.Inputs {
		matched = append(matched, fileio.MatchFiles(s, glob, fileio.MatchEmptyAllow()))
	}
	files := beam.Flatten(s, matched...)
	readable := fileio.ReadMatches(s, files)
	docs, failures, review := beam.ParDo3(s, &parseFn{Keywords: cfg.Keywords, MaxBytes: cfg.MaxBytes}, readable)
	writeSharded(s.Scope("documents"), cfg.Output, max(cfg.Shards, 1), docs)
	writeSharded(s.Scope("dead-letter"), cfg.DeadLetter, max(cfg.Shards, 1), failures)
	writeSharded(s.Scope("review"), cfg.Review, max(cfg.Shards, 1), review)
	return nil
}

// Record is one line of the documents output.
type Record struct {
	Path     string          `json:"path"`
	Document *model.Document `json:"document"`
}

// ReviewLine is one line of the review output: a reason to check a
// document or one of its elements (parse.ReviewQueue), with the
// document's quality score and review mark. Reason.Path is the element's
// JSON Pointer in the document, Path the input file.
type ReviewLine struct {
	Path   string       `json:"path"`
	Score  float64      `json:"score"`
	Review bool         `json:"review"`
	Reason model.Reason `json:"reason"`
}

// Failure is one line of the dead-letter output.
type Failure struct {
	Path    string          `json:"path"`
	Kind    parse.ErrorKind `json:"kind"`
	Message string          `json:"message"`
}

// parseFn parses one file. Its fields are the serialised configuration
// sent to the workers.
type parseFn struct {
	Keywords bool  `json:"keywords"`
	MaxBytes int64 `json:"max_bytes"`
}

// ProcessElement emits a Record line, or a Failure line on dead, and a
// ReviewLine on review for each reason of the document's review queue. A
// file that cannot be read or parsed, or that makes the parser panic, goes
// to the dead letters; the bundle never fails because of one file.
func (fn *parseFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit, dead, review func(string)) {
	path := file.Metadata.Path
	fail := func(err error) {
		line, _ := marshal(Failure{Path: path, Kind: ErrorKind(err), Message: err.Error()})
		dead(line)
	}
	if fn.MaxBytes > 0 && file.Metadata.Size > fn.MaxBytes {
		fail(&parse.Error{File: path, Offset: -1, Err: fmt.Errorf("%w: %d bytes exceeds the limit of %d", parse.ErrTooLarge, file.Metadata.Size, fn.MaxBytes)})
		return
	}
	data, err := file.Read(ctx)
	if err != nil {
		fail(fmt.Errorf("%s: %w", path, err))
		return
	}
	doc, err := fn.parse(path, data)
	if err != nil {
		fail(err)
		return
	}
	line, err := marshal(Record{Path: path, Document: doc})
	if err != nil {
		fail(fmt.Errorf("%s: encoding the document: %w", path, err))
		return
	}
	emit(line)
	for _, r := range parse.ReviewQueue(doc) {
		if line, err := marshal(ReviewLine{Path: path, Score: doc.Quality.Score, Review: doc.Quality.Review, Reason: r}); err == nil {
			review(line)
		}
	}
}

// marshal encodes v as one line of JSON without HTML escaping, so 《》
// and markup in the text stay readable.
func marshal(v any) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// errPanic marks a parser panic, caught so that one file cannot fail a
// bundle (and, retried, the job).
var errPanic = errors.New("internal error (parser panic)")

func (fn *parseFn) parse(path string, data []byte) (doc *model.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("%s: %w: %v", path, errPanic, p)
		}
	}()
	opts := []parse.Option{parse.WithName(strings.TrimSuffix(path, ".gz"))}
	if fn.Keywords {
		opts = append(opts, parse.WithKeywords(10))
	}
	if fn.MaxBytes > 0 {
		opts = append(opts, parse.WithMaxBytes(fn.MaxBytes))
	}
	return parse.Bytes(data, opts...)
}

// ErrorKind names the reason of a failure: "panic" for a caught parser
// panic, else the library's name for it (parse.KindOf), the same names as
// noticeconv's -errors log.
func ErrorKind(err error) parse.ErrorKind {
	if errors.Is(err, errPanic) {
		return "panic"
	}
	return parse.KindOf(err)
}

// shardKeyFn keys each line by its shard: a hash of the line, so shards
// are balanced and the assignment is the same on every retry.
type shardKeyFn struct {
	Shards int `json:"shards"`
}

func (fn *shardKeyFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(fn.Shards)), line
}
