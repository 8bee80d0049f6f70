package souq

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
)

// This file holds the couriers: the WhatsApp numbers a merchant names to deliver for it, the one
// it may assign to an order, and who may therefore submit an order's delivery proof. Knowing an
// order's id proves nothing (it is an indexed topic of the escrow's Funded event): the right to
// have a delivery attested comes from the merchant's word only.

// ErrNotCourier: the sender may not submit this order's delivery proof. Only the courier assigned
// to the order (or, when none is, one the merchant named), or the merchant, may. Returned the same
// whether or not the order exists, so a stranger learns nothing from it.
var ErrNotCourier = errors.New("only the order's courier or its merchant can submit its delivery")

// MaxCouriers bounds one merchant's courier list.
const MaxCouriers = 50

// CourierRecord lists the merchants that named a courier (the reverse of Merchant.Couriers, kept
// in the same transactions): a named courier finds an unassigned order by its short reference.
type CourierRecord struct {
	Courier   WaID
	Merchants []WaID
}

// DeliveryRecord is an order's delivery proof as the arbiter reads it.
type DeliveryRecord struct {
	Order       OrderID
	Status      OrderStatus
	Assigned    WaID // the courier assigned to the order, "" if none
	Delivery    Delivery
	OnChainHash [32]byte // the proof hash of the chain's Delivered event ("" before it)
}

// AddCourier names a courier of the merchant (idempotent) and returns the merchant's couriers.
func (s *Service) AddCourier(ctx context.Context, a Actor, courier WaID) ([]WaID, error) {
	return s.editCouriers(ctx, a, courier, true)
}

// RemoveCourier takes a courier off the merchant's list (idempotent); orders assigned to it can
// then be delivered by the merchant, or by another courier once assigned.
func (s *Service) RemoveCourier(ctx context.Context, a Actor, courier WaID) ([]WaID, error) {
	return s.editCouriers(ctx, a, courier, false)
}

func (s *Service) editCouriers(ctx context.Context, a Actor, courier WaID, add bool) ([]WaID, error) {
	c, err := ParseWaID(string(courier))
	if err != nil {
		return nil, err
	}
	if c == a.User {
		return nil, fmt.Errorf("a merchant delivers its own orders without naming itself: %w", ErrInvalidRequest)
	}
	var out []WaID
	err = s.do(ctx, a.MsgID, &out, func(w *work) error {
		m, err := w.merchant(a.User)
		if err != nil {
			return err
		}
		rec, err := w.tx.CourierMerchants(c)
		if err != nil {
			return err
		}
		if has := slices.Contains(m.Couriers, c); add == has {
			out = slices.Clone(m.Couriers) // named already, or not at all: nothing to record
			return nil
		}
		if add {
			if len(m.Couriers) >= MaxCouriers {
				return fmt.Errorf("at most %d couriers: %w", MaxCouriers, ErrInvalidRequest)
			}
			m.Couriers = append(m.Couriers, c)
			rec.Merchants = append(rec.Merchants, m.WaID)
		} else {
			m.Couriers = slices.DeleteFunc(m.Couriers, func(x WaID) bool { return x == c })
			rec.Merchants = slices.DeleteFunc(rec.Merchants, func(x WaID) bool { return x == m.WaID })
		}
		out = slices.Clone(m.Couriers)
		if err := w.tx.PutMerchant(m); err != nil {
			return err
		}
		if err := w.tx.PutCourierMerchants(rec); err != nil {
			return err
		}
		action := "removed"
		if add {
			action = "added"
		}
		return w.event(EventCourier, OrderID{}, map[string]string{
			"merchant": s.commit.User(m.WaID), "courier": s.commit.User(c), "action": action})
	})
	return out, err
}

// Couriers lists the merchant's couriers, in the order they were named.
func (s *Service) Couriers(ctx context.Context, a Actor) ([]WaID, error) {
	var out []WaID
	err := s.view(ctx, func(tx Tx) error {
		m, err := tx.Merchant(a.User)
		if errors.Is(err, ErrNotFound) {
			return fmt.Errorf("%s: %w", s.mask.Mask(a.User), ErrNotMerchant)
		}
		if err != nil {
			return err
		}
		out = slices.Clone(m.Couriers)
		return nil
	})
	return out, err
}

// AssignCourier gives one of the merchant's couriers the order to deliver (replacing any courier
// assigned before) and tells the courier. Only before a delivery proof is submitted.
func (s *Service) AssignCourier(ctx context.Context, a Actor, ref OrderRef, courier WaID) (OrderView, error) {
	c, err := ParseWaID(string(courier))
	if err != nil {
		return OrderView{}, err
	}
	var res OrderView
	err = s.do(ctx, a.MsgID, &res, func(w *work) error {
		o, role, err := w.find(a.User, ref)
		if err != nil {
			return err
		}
		if role != RoleMerchant {
			return forbidden(role, "assign a courier")
		}
		m, err := w.merchant(a.User)
		if err != nil {
			return err
		}
		if !slices.Contains(m.Couriers, c) {
			return fmt.Errorf("name the courier first (courier add): %w", ErrNotCourier)
		}
		switch o.Status {
		case StatusOffered, StatusPaying, StatusPaid, StatusShipped:
		default:
			return &TransitionError{From: o.Status, To: o.Status, Reason: "a courier is assigned before delivery only"}
		}
		if o.Pending == IntentDeliver {
			return &TransitionError{From: o.Status, To: StatusDelivered, Reason: "the delivery proof is already submitted"}
		}
		if o.Courier == c {
			res = o.View(role, "")
			return nil
		}
		o.Courier = c
		o.UpdatedAt = w.now
		if err := w.tx.PutOrder(o); err != nil {
			return err
		}
		if err := w.event(EventCourierAssigned, o.ID, map[string]string{"courier": s.commit.User(c)}); err != nil {
			return err
		}
		// Keyed by the time too: a courier assigned again after another one is told again.
		if err := w.notify(o, c, NoticeCourierAssigned, func(n *Notice) { n.Key += "/" + w.now.Format(time.RFC3339Nano) }); err != nil {
			return err
		}
		res = o.View(role, "")
		return nil
	})
	return res, err
}

// deliverer resolves the order a delivery proof names and checks the sender may submit it: the
// merchant; the courier assigned to the order, while the merchant still names it; when none is
// assigned, any courier the merchant names. The customer is ErrForbidden; anyone else, whether
// the order exists or not, ErrNotCourier.
func (w *work) deliverer(user WaID, ref OrderRef) (*Order, Role, error) {
	o, role, err := w.find(user, ref)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, "", err
	}
	if o == nil || role == "" {
		// Not a participant: the orders of merchants naming the sender, unassigned ones only.
		o, err = w.namedCourierOrder(user, ref)
		if err != nil {
			return nil, "", err
		}
		role = RoleCourier
	}
	switch role {
	case RoleMerchant:
		return o, role, nil
	case RoleCustomer:
		return nil, "", forbidden(role, "submit a delivery")
	}
	m, err := w.tx.Merchant(o.Merchant)
	if err != nil {
		return nil, "", err
	}
	named := slices.Contains(m.Couriers, user)
	switch {
	case o.Courier == user && named, o.Courier == "" && named:
		return o, RoleCourier, nil
	case o.Courier != "" && o.Courier != user:
		return nil, "", fmt.Errorf("order %s is assigned to another courier: %w", o.ID.Short(), ErrNotCourier)
	}
	return nil, "", fmt.Errorf("order %s: %w", ref, ErrNotCourier)
}

// namedCourierOrder finds the order ref names among the orders of the merchants naming user.
func (w *work) namedCourierOrder(user WaID, ref OrderRef) (*Order, error) {
	refused := fmt.Errorf("order %s: %w", ref, ErrNotCourier)
	rec, err := w.tx.CourierMerchants(user)
	if err != nil {
		return nil, err
	}
	norm, err := ParseOrderRef(string(ref))
	if err != nil {
		return nil, err
	}
	for _, mw := range rec.Merchants {
		if len(norm) == 64 {
			id, err := ParseOrderID(string(norm))
			if err != nil {
				return nil, err
			}
			o, err := w.tx.Order(id)
			if errors.Is(err, ErrNotFound) {
				return nil, refused
			}
			if err != nil {
				return nil, err
			}
			if o.Merchant == mw {
				return o, nil
			}
			continue
		}
		orders, err := w.tx.UserOrders(mw, 0)
		if err != nil {
			return nil, err
		}
		for _, o := range orders { // newest first, as findOrder
			if o.Merchant == mw && norm.Matches(o.ID) {
				return o, nil
			}
		}
	}
	return nil, refused
}

// DeliveryProof returns an order's delivery proof for the arbiter: the photo's sha256 and
// WhatsApp media id, the location and time, who submitted it, the proof hash the attester signed
// and the one the chain recorded. ErrNotFound when the order has none.
func (s *Service) DeliveryProof(ctx context.Context, id OrderID) (DeliveryRecord, error) {
	var out DeliveryRecord
	err := s.view(ctx, func(tx Tx) error {
		o, err := tx.Order(id)
		if err != nil {
			return err
		}
		if o.Delivery == nil {
			return fmt.Errorf("order %s has no delivery proof: %w", id.Short(), ErrNotFound)
		}
		out = DeliveryRecord{Order: o.ID, Status: o.Status, Assigned: o.Courier, Delivery: *o.Delivery, OnChainHash: o.ChainProofHash}
		return nil
	})
	return out, err
}
