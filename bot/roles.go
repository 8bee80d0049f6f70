package bot

import (
	"slices"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// Role-appropriate menus.
//
// The menu a person gets from "help" shows what their roles can do: a customer's commands to a
// customer, a merchant's to a merchant, a courier's to a courier, and both sets to someone with
// two roles. Roles come from what the person did here (State.Roles: registered or sold as a
// merchant, delivered as a courier) and from their orders (OrderView.Viewer). Someone who is
// neither merchant nor courier is a customer, a newcomer included; a merchant who has also bought
// is both. "help merchant" and "help courier" still answer anyone who asks (that is how one learns
// to register). Support agents work at the desk (souq.Desk, the arbiter API and chat page), not in
// a WhatsApp menu.

// learnRole records a role the person just played.
func (c *conv) learnRole(r souq.Role) {
	if !slices.Contains(c.st.Roles, r) {
		c.st.Roles = append(c.st.Roles, r)
	}
}

// roles are the person's roles for the menu.
func (c *conv) roles() map[souq.Role]bool {
	rs := map[souq.Role]bool{}
	for _, r := range c.st.Roles {
		rs[r] = true
	}
	// The orders say the rest; if they cannot be read the menu still shows what is known.
	if orders, err := c.b.sales.History(c.ctx, c.act, whatsapp.MaxRows); err == nil {
		for _, o := range orders {
			if o.Viewer != "" {
				rs[o.Viewer] = true
			}
		}
	}
	if !rs[souq.RoleMerchant] && !rs[souq.RoleCourier] {
		rs[souq.RoleCustomer] = true
	}
	return rs
}

// help shows the commands of the person's roles with a menu of taps (and the opt-in prompt to
// customers who have not opted in).
func (c *conv) help(topic string) {
	l := c.st.Lang
	switch topic {
	case "merchant":
		c.say(kHelpMerchant, nil)
		return
	case "courier":
		c.say(kHelpCourier, nil)
		return
	}
	rs := c.roles()
	body := kHelp
	switch {
	case rs[souq.RoleCustomer]:
	case rs[souq.RoleMerchant]:
		body = kHelpMerchant
	default:
		body = kHelpCourier
	}
	if rs[souq.RoleCustomer] && !c.st.OptedIn {
		c.buttons(kWelcome, nil, btn(l, bYes, TapID(VerbOptIn, "")))
	}
	row := func(v Verb, arg string, k Key) whatsapp.Row {
		return whatsapp.Row{ID: TapID(v, arg), Title: label(l, k)}
	}
	rows := []whatsapp.Row{row(VerbOrders, "", rOrders)}
	if rs[souq.RoleCustomer] {
		rows = append(rows, row(VerbPoints, "", rPoints))
	}
	if rs[souq.RoleMerchant] && body != kHelpMerchant {
		rows = append(rows, row(VerbHelp, "merchant", rMerchant))
	}
	if rs[souq.RoleCourier] && body != kHelpCourier {
		rows = append(rows, row(VerbHelp, "courier", rCourier))
	}
	rows = append(rows, row(VerbAgent, "", rAgent), row(VerbLang, "", rLang))
	if rs[souq.RoleCustomer] {
		rows = append(rows, row(VerbOptOut, "", rOptOut))
	}
	c.send(whatsapp.Outgoing{List: &whatsapp.List{Body: T(l, body, nil), Button: label(l, bMenu),
		Sections: []whatsapp.Section{{Title: label(l, hMenu), Rows: rows}}}})
}
