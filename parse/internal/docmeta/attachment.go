package docmeta

// AttachmentLabel reports whether s opens with the 附件 label that opens
// the notice's 附件说明 (附件：1.…, 附件:, 附 件：); a sentence naming the
// word (附件所列事项) opens none. Leading white space is the caller's.
func AttachmentLabel(s string) bool {
	_, ok := Labelled(s, "附件")
	return ok
}
