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
// values are machine-readable (roles as lead/cooperate/…). Every CSV
// starts with a UTF-8 byte order mark, without which Excel on a Chinese
// Windows reads the file as GBK and garbles it.
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
		if _, err := io.WriteString(stdout, utf8BOM); err != nil {
			return nil, err
		}
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
			f.WriteString(utf8BOM)
			s.files = append(s.files, f)
		}
		s.items, s.stats = csv.NewWriter(s.files[0]), csv.NewWriter(s.files[1])
		s.stats.Write(header(statColumns, false))
	}
	return s, s.items.Write(header(itemColumns, false))
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
		err = writeWorkloadCSV(filepath.Join(s.dir, unitsCSV), s.workload)
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

// utf8BOM starts every CSV output.
const utf8BOM = "\ufeff"

// writeWorkloadCSV writes the workload totals as a CSV file, atomically.
func writeWorkloadCSV(path string, w workloadTotals) error {
	f, err := createAtomic(path)
	if err != nil {
		return err
	}
	f.WriteString(utf8BOM)
	cw := csv.NewWriter(f)
	cw.Write(header(workloadColumns, false))
	rows := w.rows()
	for i := range rows {
		cw.Write(record(workloadColumns, &rows[i], tableOptions{}))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}
