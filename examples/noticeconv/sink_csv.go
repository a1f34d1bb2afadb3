package main

import (
	"encoding/csv"
	"io"
	"path/filepath"
)

// The combined CSV outputs under -o.
const (
	itemsCSV = "items.csv"
	unitsCSV = "units.csv"
	statsCSV = "stats.csv"
)

// csvSink writes the items table as CSV, streamed row by row. Under -o it
// also writes the unit workload (units.csv, summed over the batch) and the
// annual-report statistics (stats.csv), each atomically; on stdout only
// the items table is written. Headers are the English column names, and
// values are machine-readable (roles as lead/cooperate/…).
type csvSink struct {
	opt      tableOptions
	items    *csv.Writer
	stats    *csv.Writer
	files    []*atomicFile // under -o: items, units, stats
	dir      string
	workload workloadTotals
}

func newCSVSink(stdout io.Writer, dir string, opt tableOptions) (*csvSink, error) {
	s := &csvSink{opt: opt, dir: dir, workload: workloadTotals{}}
	if dir == "" {
		s.items = csv.NewWriter(stdout)
	} else {
		for _, name := range []string{itemsCSV, statsCSV} {
			f, err := createAtomic(filepath.Join(dir, name))
			if err != nil {
				for _, f := range s.files {
					f.Abort()
				}
				return nil, err
			}
			s.files = append(s.files, f)
		}
		s.items, s.stats = csv.NewWriter(s.files[0]), csv.NewWriter(s.files[1])
		s.stats.Write(statColumns)
	}
	return s, s.items.Write(itemColumns)
}

func (s *csvSink) render(r *result) error {
	r.table = buildTable(r.in.name(), r.doc, s.opt)
	r.doc = nil
	return nil
}

func (s *csvSink) write(r *result) error {
	if err := s.items.WriteAll(r.table.items); err != nil {
		return err
	}
	if s.stats != nil {
		if err := s.stats.WriteAll(r.table.stats); err != nil {
			return err
		}
	}
	s.workload.add(r.table.workload)
	return nil
}

func (s *csvSink) close(ok bool) error {
	s.items.Flush()
	err := s.items.Error()
	if s.dir == "" {
		return err
	}
	if s.stats != nil {
		s.stats.Flush()
		if err == nil {
			err = s.stats.Error()
		}
	}
	if ok && err == nil {
		err = writeCSVAtomic(filepath.Join(s.dir, unitsCSV), workloadColumns, s.workload)
	}
	for _, f := range s.files {
		if ok && err == nil {
			err = f.Commit()
		} else {
			f.Abort()
		}
	}
	return err
}

// writeCSVAtomic writes the workload totals as a CSV file.
func writeCSVAtomic(path string, header []string, w workloadTotals) error {
	f, err := createAtomic(path)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(f)
	cw.Write(header)
	for _, r := range w.rows() {
		cw.Write(workloadRecord(r))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}
