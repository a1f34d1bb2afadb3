package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// TestGuessedRolesGoToReview: a guessed table whose units took a role no
// header named, and a row's lone unit cell of either unit column, are
// sent to review alone; a table typed by content otherwise is docked
// without review.
func TestGuessedRolesGoToReview(t *testing.T) {
	tests := []struct {
		name   string
		ev     Evidence
		review bool
	}{
		{"typed by content", Evidence{GuessedTables: []GuessedTable{{By: ByContent}}}, false},
		{"typed by content, roles guessed", Evidence{GuessedTables: []GuessedTable{{By: ByContent, Roles: true}}}, true},
		{"a lone unit cell", Evidence{UnitDoubts: []model.Span{{Start: 0, End: 3}}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := planDoc()
			d.Plan.Goals[0].Tasks[0].Items = d.Plan.Goals[0].Tasks[0].Items[1:]
			ev := tt.ev
			ev.Text = planText
			Assess(d, &ev)
			assert.Less(t, d.Quality.Score, 1.0)
			assert.Equal(t, tt.review, d.Quality.Review, "score %v", d.Quality.Score)
		})
	}
}

// TestNameWrittenTwiceGoesToReview: one unit of many named twice over
// (县住建局县住建局: two rows' cells joined) sends the document to
// review, while another odd name among many does not.
func TestNameWrittenTwiceGoesToReview(t *testing.T) {
	for _, tt := range []struct {
		name   string
		review bool
	}{{"县住建局县住建局", true}, {"市融媒体", false}} {
		t.Run(tt.name, func(t *testing.T) {
			d := planDoc()
			items := d.Plan.Goals[0].Tasks[0].Items[1:]
			for range 20 {
				items = append(items, items[0])
			}
			items[0].Units = []model.Unit{{Name: tt.name, Role: model.RoleResponsible, Span: items[0].Span}}
			d.Plan.Goals[0].Tasks[0].Items = items
			Assess(d, &Evidence{Text: planText})
			assert.Less(t, d.Quality.Score, 1.0)
			assert.Equal(t, tt.review, d.Quality.Review, "score %v", d.Quality.Score)
		})
	}
}
