package parse

import "github.com/zwgk/gongwen/model"

// build runs the structure stages over decoded text.
func build(text string) *model.Document {
	return &model.Document{Kind: model.KindUnknown}
}

func detectScript(text string) model.Script { return model.ScriptSimplified }
