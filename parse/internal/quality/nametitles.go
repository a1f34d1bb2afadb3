package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
)

// minNameTitles is how many tasks titled by a person's name alone make
// the titles a column of names (责任领导, 联系人): one short title may be
// a name by chance (高质量 reads as one).
const minNameTitles = 2

// checkNameTitles reports a work plan two or more of whose tasks, read
// from a table typed by guess, are titled by a person's name alone
// (王建军; a short title such as 任务 reads as one too, so only where no
// header named the column): the 责任领导 column's cells
// read as the tasks, the header that named the columns lost, the task
// itself pushed into the items. The first such task is flagged
// (thin_item: another column's cell read as the content).
func checkNameTitles(a *assessor) {
	if len(a.ev.GuessedTables) == 0 {
		return
	}
	a.flagRepeated(minNameTitles, model.ReasonThinItem, penaltyThinItem, "tasks titled by a person's name alone: the 责任领导 column's cells read as the tasks", func(p planAt, see func(elem)) {
		for gi := range p.Goals {
			for ti := range p.Goals[gi].Tasks {
				if t := &p.Goals[gi].Tasks[ti]; a.inGuessedTable(t.Span) && org.IsPersonName(t.Title) && a.personAlone(strings.TrimSpace(t.Title)) {
					see(taskElem(p, gi, ti))
				}
			}
		}
	})
}
