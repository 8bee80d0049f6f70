package bot

import (
	"context"
	"slices"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// Role-appropriate menus.
//
// The menu a person gets from "help" shows what their roles can do: a customer's commands to a
// customer, a merchant's to a merchant, a courier's to a courier, and both sets to someone with
// two roles. Roles come from what the person did here (State.Roles: registered or sold as a
// merchant, delivered as a courier) and from the service (RoleTeller: the merchant record and every
// order), else from the latest orders (OrderView.Viewer). Someone who is
// neither merchant nor courier is a customer, a newcomer included; a merchant who has also bought
// is both. "help merchant" and "help courier" still answer anyone who asks (that is how one learns
// to register). Support agents work at the desk (souq.Desk, the arbiter API and chat page), not in
// a WhatsApp menu.

// RoleTeller is implemented by a sale service that can list a user's roles (*souq.Service).
type RoleTeller interface {
	Roles(ctx context.Context, a souq.Actor) ([]souq.Role, error)
}

var _ RoleTeller = (*souq.Service)(nil)

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
	// The service says the rest (*souq.Service: its merchant record and every order), else the
	// latest orders do; if neither can be read the menu still shows what is known.
	if rt, ok := c.b.sales.(RoleTeller); ok {
		if roles, err := rt.Roles(c.ctx, c.act); err == nil {
			for _, r := range roles {
				rs[r] = true
			}
		}
	} else if orders, err := c.b.sales.History(c.ctx, c.act, whatsapp.MaxRows); err == nil {
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
