// Package errs holds the one set of reasons an input cannot be read. The
// parse package exports them as its Err* sentinels; the readers of each
// format (pdftext, docx, htmltext) derive their own sentinels from them
// with Sub, so that errors.Is(err, parse.ErrMalformed) holds for a damaged
// PDF, DOCX or web page directly, without a mapping step, while each
// message still names the format.
package errs
