package souq

import (
	"context"
	"errors"
)

// Roles lists the parts a user plays on souq, for the chat's menu: merchant once registered (with
// or without orders), and the user's role in each of their orders. A newcomer has none.
func (s *Service) Roles(ctx context.Context, a Actor) ([]Role, error) {
	seen := map[Role]bool{}
	err := s.view(ctx, func(tx Tx) error {
		switch _, err := tx.Merchant(a.User); {
		case err == nil:
			seen[RoleMerchant] = true
		case !errors.Is(err, ErrNotFound):
			return err
		}
		orders, err := tx.UserOrders(a.User, 0)
		if err != nil {
			return err
		}
		for _, o := range orders {
			if r := o.Role(a.User); r != "" {
				seen[r] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []Role
	for _, r := range []Role{RoleCustomer, RoleMerchant, RoleCourier} {
		if seen[r] {
			out = append(out, r)
		}
	}
	return out, nil
}
