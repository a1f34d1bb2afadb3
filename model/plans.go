package model

// AllPlans returns every plan of the document: Plans when the notice
// attaches several, else Plan alone; nothing when d is nil or has no plan.
func (d *Document) AllPlans() []*Plan {
	switch {
	case d == nil:
		return nil
	case len(d.Plans) > 0:
		return d.Plans
	case d.Plan != nil:
		return []*Plan{d.Plan}
	}
	return nil
}
