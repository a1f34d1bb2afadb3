package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"testing"
)

// FuzzStreamRequests feeds arbitrary bytes to the -stream request reader
// and handler: every line must yield a named result (a document or an
// error), never a panic, and a line over the limit must be rejected
// without being buffered.
//
//	go test ./examples/noticeconv -run '^$' -fuzz FuzzStreamRequests -fuzztime 60s -parallel 1
func FuzzStreamRequests(f *testing.F) {
	f.Add([]byte(`{"path": "/nonexistent"}` + "\n"))
	f.Add([]byte(`{"name": "a", "content_base64": "` + base64.StdEncoding.EncodeToString([]byte("一、目标\n（一）任务。内容（市财政局牵头）\n")) + `"}`))
	f.Add([]byte("\n\n{\"name\":1}\n{\n\xff\xfe"))
	f.Add([]byte(`{"name": "x", "content_base64": "%%%"}` + "\r\n" + `{"path": "a", "content_base64": "eA=="}`))
	conv := &converter{}
	f.Fuzz(func(t *testing.T, data []byte) {
		lr := &lineReader{r: bufio.NewReaderSize(bytes.NewReader(data), 16), max: 256}
		for n := 0; ; n++ {
			l, ok := lr.next()
			if !ok {
				break
			}
			if n > len(data)+1 {
				t.Fatal("more lines than bytes")
			}
			if len(l.data) > lr.max {
				t.Fatalf("line of %d bytes kept over the limit of %d", len(l.data), lr.max)
			}
			name, doc, err := conv.streamRequest(l)
			if name == "" {
				t.Fatal("result without a name")
			}
			if (doc == nil) == (err == nil) {
				t.Fatalf("want exactly one of document and error, got %v and %v", doc, err)
			}
		}
	})
}
