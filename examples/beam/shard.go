package main

import (
	"bufio"
	"context"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// writeSharded writes the strings of col as lines into shards files named
// PREFIX-SSSSS-of-NNNNN.jsonl, on any Beam filesystem (local, gs:// …).
// Lines are spread over the shards by hash and each shard is written by
// one worker. A shard that receives no line is not created, so a run
// without failures leaves no dead-letter file.
func writeSharded(s beam.Scope, prefix string, shards int, col beam.PCollection) {
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardKeyFn{Shards: shards}, col)
	grouped := beam.GroupByKey(s, keyed)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, grouped)
}

// ShardName is the file name of shard i of n.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// writeShardFn writes all lines of one shard.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			fd.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return err
	}
	return fd.Close()
}
