package bot

// Key names a reply in the message table.
type Key string

// Message keys. Every reply the bot sends is one of these, rendered in the chat's language.
const (
	kWelcome         Key = "welcome"
	kOptedIn         Key = "opted_in"
	kOptedOut        Key = "opted_out"
	kNeedOptIn       Key = "need_optin"
	kHelp            Key = "help"
	kHelpMerchant    Key = "help_merchant"
	kHelpCourier     Key = "help_courier"
	kUnknown         Key = "unknown"
	kUnsupported     Key = "unsupported"
	kBadAmount       Key = "bad_amount"
	kUnknownAsset    Key = "unknown_asset"
	kPrecision       Key = "precision"
	kAmountTooLarge  Key = "amount_too_large"
	kOverLimit       Key = "over_limit"
	kBadOrderRef     Key = "bad_order_ref"
	kBadPhone        Key = "bad_phone"
	kBadNumber       Key = "bad_number"
	kUsage           Key = "usage"
	kNotFound        Key = "not_found"
	kForbidden       Key = "forbidden"
	kIllegal         Key = "illegal"
	kNotMerchant     Key = "not_merchant"
	kInvalidAddress  Key = "invalid_address"
	kNoPoints        Key = "insufficient_points"
	kInvalidRequest  Key = "invalid_request"
	kUnavailable     Key = "unavailable"
	kRegistered      Key = "registered"
	kNameSet         Key = "name_set"
	kOfferSent       Key = "offer_sent"
	kOfferWaiting    Key = "offer_waiting_optin"
	kOffer           Key = "offer"
	kOptInRequest    Key = "optin_request"
	kPayCustodial    Key = "pay_custodial"
	kPayLink         Key = "pay_link"
	kDeclinedOK      Key = "declined_ok"
	kOrderLine       Key = "order_line"
	kHistoryEmpty    Key = "history_empty"
	kHistory         Key = "history"
	kReceipt         Key = "receipt"
	kReceiptLine     Key = "receipt_line"
	kTxLink          Key = "tx_link"
	kConfirmedOK     Key = "confirmed_ok"
	kAskReason       Key = "ask_reason"
	kDisputeOpened   Key = "dispute_opened"
	kEvidenceAdded   Key = "evidence_added"
	kRefundRequested Key = "refund_requested"
	kRefundStarted   Key = "refund_started"
	kAnswerSent      Key = "answer_sent"
	kAnswerAccepted  Key = "answer_accepted"
	kShippedOK       Key = "shipped_ok"
	kDeliverReady    Key = "deliver_ready"
	kLocationSaved   Key = "location_saved"
	kDeliveryOK      Key = "delivery_ok"
	kPhotoNoOrder    Key = "photo_no_order"
	kLocationNoOrder Key = "location_no_order"
	kMediaFailed     Key = "media_failed"
	kPoints          Key = "points"
	kPointsSettled   Key = "points_settled"
	kRedeemed        Key = "redeemed"
	kRuleSet         Key = "rule_set"
	kRulePoints      Key = "rule_points"
	kRuleStamps      Key = "rule_stamps"
	kRedeeming       Key = "redeeming"
	kPointsRedeeming Key = "points_redeeming"
	kAgentOn         Key = "agent_on"
	kHandBack        Key = "hand_back"
	kAgentStill      Key = "agent_still"     // STOP while a person has the chat
	kAgentMsg        Key = "agent_msg"       // a support agent's words, as a person
	kCustMustOptIn   Key = "cust_must_optin" // to a merchant: the customer sent STOP
	kCartNoCatalog   Key = "cart_no_catalog"
	kCourierAdded    Key = "courier_added"
	kCourierRemoved  Key = "courier_removed"
	kCouriers        Key = "couriers"
	kCouriersNone    Key = "couriers_none"
	kAssigned        Key = "assigned"
	kNotCourier      Key = "not_courier"
	kNotNamed        Key = "not_named"
	nCourierAssigned Key = "n_courier_assigned"
	nDisputeMine     Key = "n_dispute_mine" // to the customer who opened it
	nNumberChanged   Key = "n_number_changed"
	nOfferUndeliv    Key = "n_offer_undelivered"
	kLangSet         Key = "lang_set"
	kLangPick        Key = "lang_pick"
	kCancelled       Key = "cancelled"
	kCartOrder       Key = "cart_order"
	kChargeDiscount  Key = "charge_discount"
	kAskCurrency     Key = "ask_currency"  // a price without a currency, and no default
	kFiatNotHeld     Key = "fiat_not_held" // R$, €…: a currency no accepted token stands for
	kCurrencySet     Key = "currency_set"  // the merchant's default currency
	kCurrencyNone    Key = "currency_none"

	// Notices (pushed by the sale service).
	nPaidCustomer      Key = "n_paid_customer"
	nPaidMerchant      Key = "n_paid_merchant"
	nPaymentFailed     Key = "n_payment_failed"
	nDeclined          Key = "n_declined"
	nShipped           Key = "n_shipped"
	nDelivered         Key = "n_delivered"
	nReleasedCustomer  Key = "n_released_customer"
	nReleasedMerchant  Key = "n_released_merchant"
	nDeliveredMerchant Key = "n_delivered_merchant"
	nRefundRequested   Key = "n_refund_requested"
	nRefunded          Key = "n_refunded"
	nDisputeOpened     Key = "n_dispute_opened"
	nDisputeResolved   Key = "n_dispute_resolved"
	nDisputeExpired    Key = "n_dispute_expired"
	nPointsEarned      Key = "n_points_earned"
	nNoPoints          Key = "n_no_points"
	nNoPointsMerchant  Key = "n_no_points_merchant"
	nPointsRedeemed    Key = "n_points_redeemed"
	nRedeemFailed      Key = "n_redeem_failed"

	nPaymentFailedFinal Key = "n_payment_failed_final"
	nPaymentShortfall   Key = "n_payment_shortfall"
	nPaymentWaiting     Key = "n_payment_waiting"
	nDeliveryFailed     Key = "n_delivery_failed"
	nActionFailed       Key = "n_action_failed"
	// The escrow's refusals in words (refusalText).
	rsInspectionOver    Key = "rs_inspection_over"
	rsInspectionRunning Key = "rs_inspection_running"
	rsArbiterLate       Key = "rs_arbiter_late"
	rsSignatureExpired  Key = "rs_signature_expired"
	rsLateDelivery      Key = "rs_late_delivery"
	rsFutureDelivery    Key = "rs_future_delivery"
	rsPaused            Key = "rs_paused"
	rsWrongStatus       Key = "rs_wrong_status"

	// The custodial wallet.
	kWallet               Key = "wallet"
	kWalletCredits        Key = "wallet_credits"
	kWalletWaiting        Key = "wallet_waiting"
	kWalletDevFaucet      Key = "wallet_dev_faucet"
	kWalletWithdrawHint   Key = "wallet_withdraw_hint"
	kWalletNone           Key = "wallet_none"
	kAddressChecksum      Key = "address_checksum"
	kChainName            Key = "chain_name"
	kWithdrawConfirmToken Key = "withdraw_confirm_token"
	kWithdrawConfirmETH   Key = "withdraw_confirm_eth"
	kWithdrawNothing      Key = "withdraw_nothing"
	kWithdrawAlready      Key = "withdraw_already"
	kWithdrawSent         Key = "withdraw_sent"
	kWithdrawTooMuch      Key = "withdraw_too_much"
	nDeposit              Key = "n_deposit"
	nDepositResumed       Key = "n_deposit_resumed"
	nWithdrawn            Key = "n_withdrawn"
	nWithdrawFailed       Key = "n_withdraw_failed"
	nPaymentShortfallNet  Key = "n_payment_shortfall_net"
	uWithdraw             Key = "u_withdraw"
	bNo                   Key = "b_no"

	// Buttons (≤ 20 characters), list rows (≤ 24) and list buttons.
	bYes      Key = "b_yes"
	bHelp     Key = "b_help"
	bMenu     Key = "b_menu"
	bPay      Key = "b_pay"
	bPayNow   Key = "b_pay_now"
	bDecline  Key = "b_decline"
	bReceived Key = "b_received"
	bDispute  Key = "b_dispute"
	bRefund   Key = "b_refund"
	bShipped  Key = "b_shipped"
	bAccept   Key = "b_accept"
	bOrders   Key = "b_orders"
	rOrders   Key = "r_orders"
	rPoints   Key = "r_points"
	rWallet   Key = "r_wallet"
	rAgent    Key = "r_agent"
	rLang     Key = "r_lang"
	rMerchant Key = "r_merchant"
	rCourier  Key = "r_courier"
	rOptOut   Key = "r_optout"
	hMenu     Key = "h_menu"
	hOrders   Key = "h_orders"

	// Usage lines, one per command with arguments.
	uSell     Key = "u_sell"
	uDispute  Key = "u_dispute"
	uRedeem   Key = "u_redeem"
	uRegister Key = "u_register"
	uName     Key = "u_name"
	uLoyalty  Key = "u_loyalty"
	uOrder    Key = "u_order"
	uReply    Key = "u_reply"
	uCurrency Key = "u_currency"
	uCourier  Key = "u_courier"
	uAssign   Key = "u_assign"
)

// messages holds every reply in every language. Placeholders are {name}; each language uses the
// same set (tested). Keep button texts ≤ 20 and row titles ≤ 24 characters (tested).
var messages = map[Lang]map[Key]string{
	English: {
		kWelcome:         "Welcome to souq! Merchants can send you offers here and your payment is held in escrow until delivery.\nReply YES to receive offers and payment requests. Reply STOP at any time to stop.",
		kOptedIn:         "You're in. Offers from merchants will arrive here. Say help to see what you can do.",
		kOptedOut:        "Done: you won't get offers or payment messages any more. Reply YES to opt in again.",
		kNeedOptIn:       "First reply YES to receive offers and payment requests here.",
		kHelp:            "What you can say here:\n• orders — your orders\n• status <order>\n• received <order>\n• dispute <order> <reason>\n• refund <order>\n• receipt <order>\n• points · redeem <N>\n• wallet — add funds, balance · withdraw <amount|all> <currency> to <0x…>\n• language — English, Português, Italiano, العربية\n• agent — talk to a person\n• stop — no more offers",
		kHelpMerchant:    "Merchant commands:\n• register <payout address>\n• name <shop name>\n• sell 2 coffee 30.50 USDC to +55 11 99999 8888\n• currency USDC — then sell 2 coffee 30 to … is in USDC\n• orders\n• shipped <order>\n• refund <order>\n• accept <order> — accept a dispute and refund\n• reply <order> <your side> — answer a dispute\n• loyalty 1 per 10 USDC · loyalty stamps 5 USDC\n• courier add <number> · courier remove <number> · couriers\n• assign <order> <courier number>",
		kHelpCourier:     "Courier: send deliver <order>, share your location if you like, then send the delivery photo. A photo whose caption is the order number works too. Only a courier the merchant named (courier add) can do this.",
		kUnknown:         "Sorry, I didn't understand “{text}”. Tap Menu or say help to see what you can say here.",
		kUnsupported:     "I can read text, taps, photos and locations here, not this kind of message.",
		kBadAmount:       "I couldn't read the amount “{text}”. Write it like 30 or 30.50 followed by the currency, for example 30.50 USDC.",
		kUnknownAsset:    "I don't know the currency “{text}”. Accepted: {assets}.",
		kAskCurrency:     "Which currency is {text} in? Write it after the price, like {text} {example}, or set the one you use: currency {example}. Accepted: {assets}.",
		kFiatNotHeld:     "souq doesn't hold {text} ({fiat}): payments are held in {assets}. Write the price in one of them, like 30 {example}.",
		kCurrencySet:     "Prices you write without a currency are in {currency}: sell 2 coffee 30 to … means 30 {currency}.",
		kCurrencyNone:    "You have no default currency: write it with each price (30 {example}), or set one with currency {example}. Accepted: {assets}.",
		kPrecision:       "“{text}” has too many decimals. Write it like 30.50 USDC.",
		kAmountTooLarge:  "“{text}” is too large an amount.",
		kOverLimit:       "{amount} is more than the {limit} allowed for one order.",
		kBadOrderRef:     "“{text}” isn't an order number. Order numbers have 8 characters, like 3f2a1b0c — say orders to see yours.",
		kBadPhone:        "“{text}” isn't a phone number. Write it with the country code, like +55 11 99999 8888.",
		kBadNumber:       "“{text}” isn't a whole number greater than zero.",
		kUsage:           "Write it like this: {usage}",
		kNotFound:        "I couldn't find order {order} among your orders.",
		kForbidden:       "You can't do that on order {order}.",
		kIllegal:         "Order {order} is {status}: that isn't possible now.",
		kNotMerchant:     "Register as a merchant first: register <payout address>.",
		kInvalidAddress:  "That isn't a valid payout address. It looks like 0x followed by 40 hex characters.",
		kNoPoints:        "You don't have enough points for that. Say points to see your balance.",
		kInvalidRequest:  "That request isn't valid. Check the items, the amount and the customer's number.",
		kUnavailable:     "Something went wrong on our side. Please try again in a minute.",
		kRegistered:      "You're registered as a merchant. Payouts go to {address}. Say help merchant to see what you can do.",
		kNameSet:         "Customers will see your offers as coming from {merchant}.",
		kOfferSent:       "Offer {order} sent: {items} for {total}.",
		kOfferWaiting:    "Offer {order} ({items} for {total}) is waiting: the customer must reply YES first. We've asked them.",
		kOffer:           "{merchant} offers you {items}.\nYou pay: {charge}\nPlatform fee: {fee}, paid by the seller out of this amount\nDeliver by: {deliver_by}\nAfter delivery you have {inspection} to check the goods and dispute. If it is not delivered by {deliver_by}, your payment comes back to you automatically.\nOrder {order}. You pay into escrow: the seller is paid only after delivery.",
		kChargeDiscount:  "{amount} ({total} less {discount} from your points)",
		kOptInRequest:    "{merchant} wants to send you an offer on souq. Reply YES to receive offers and payment requests here.",
		kPayCustodial:    "Payment of {total} for order {order} sent from your souq wallet. I'll tell you when it's confirmed.",
		kPayLink:         "Pay {total} for order {order} from your wallet. The money stays in escrow until delivery.",
		kDeclinedOK:      "You declined order {order}.",
		kOrderLine:       "Order {order}: {items}, {total}.\nStatus: {status}.",
		kHistoryEmpty:    "You have no orders yet.",
		kHistory:         "Your latest orders. Tap one to see it.",
		kReceipt:         "Receipt for order {order}\n{items}\nTotal: {total}\n{lines}",
		kReceiptLine:     "• {status} — {date} {link}",
		kTxLink:          "Transaction: {link}",
		kConfirmedOK:     "Thanks! Order {order} is complete and the seller gets paid.",
		kAskReason:       "What went wrong with order {order}? Describe it in one message (or say cancel).",
		kDisputeOpened:   "Dispute opened on order {order}. If you have a photo, send it now. An arbiter will decide and let you know.",
		kEvidenceAdded:   "Photo added to the dispute on order {order}.",
		kRefundRequested: "Refund requested for order {order}. The seller has been told.",
		kRefundStarted:   "The refund for order {order} is under way.",
		kAnswerSent:      "Your answer on order {order} was sent to the arbiter.",
		kAnswerAccepted:  "You accepted the dispute: order {order} will be refunded.",
		kShippedOK:       "Order {order} marked as shipped. The customer has been told.",
		kDeliverReady:    "Send the delivery photo for order {order}. You can share your location first.",
		kLocationSaved:   "Location saved. Now send the photo for order {order}.",
		kDeliveryOK:      "Delivery proof for order {order} recorded (photo {hash}).",
		kPhotoNoOrder:    "Which order is this photo for? Send deliver <order> first, or put the order number in the caption.",
		kLocationNoOrder: "Which order is this location for? Send deliver <order> first.",
		kMediaFailed:     "I couldn't download that photo. Please send it again.",
		kPoints:          "You have {points} ({pending} still to come).",
		kPointsSettled:   "You have {points}.",
		kRedeemed:        "Redeemed {points}: {discount} off your next order in {currency} (it always costs at least {floor}% of its price). Balance: {balance}.",
		kRuleSet:         "Loyalty rule saved: {rule}. Only orders in {currency} earn points, and vouchers apply to orders in {currency}.",
		kRulePoints:      "{points} per {spend}",
		kRuleStamps:      "buy {n}, get 1 free",
		kRedeeming:       "Redeeming {points} for {discount} off your next order in {currency} (it always costs at least {floor}% of its price). The discount applies once the points are burned on the ledger; I'll tell you. Balance: {balance}.",
		kPointsRedeeming: "You have {points} ({pending} still to come, {redeeming} being redeemed).",
		kAgentOn:         "Ticket {ticket} is open: a person from our team will answer you here, usually within a few hours (they can see your orders). Until then the assistant is paused in this chat; STOP still works.",
		kHandBack:        "You're back with the souq assistant. Say help to see what you can do.",
		kAgentStill:      "You won't receive offers or payment messages any more. Ticket {ticket} stays open: our team will still answer you here.",
		kAgentMsg:        "{name} (souq support, ticket {ticket}): {text}",
		kCustMustOptIn:   "{customer} has not agreed to receive offers on souq (or sent STOP). Ask them to write YES to this number; your offer can go out after that.",
		kCartNoCatalog:   "Thanks! I got your cart: {items}. Carts can't be paid here yet, so nothing was charged. Ask the shop to send you an offer on souq for these items, or say agent to talk to a person.",
		nDisputeMine:     "Your dispute on order {order} is open: “{text}”. The money stays in escrow while the merchant answers; you can send photos as evidence, and a person decides if you don't agree.",
		nNumberChanged:   "Welcome to your new number. Your {points}, points and settings on souq came with you.",
		nOfferUndeliv:    "Offer {order} ({items} for {total}) did not reach the customer: WhatsApp said “{text}” ({points}). They may not be able to receive it on this number; contact them another way. The offer stays open until it expires.",
		kLangSet:         "Language set to English.",
		kLangPick:        "Choose your language.",
		kCancelled:       "Cancelled.",
		kCartOrder:       "Order {order} created from your cart: {items} for {total}.",

		nPaidCustomer:      "Payment confirmed: {total} for order {order} is held in escrow.",
		nPaidMerchant:      "Order {order} is paid ({total} in escrow). Ship it, then say shipped {order}.",
		nPaymentFailed:     "Payment for order {order} failed. You can try again.",
		nDeclined:          "The customer declined order {order}.",
		nShipped:           "Order {order} has shipped.",
		nDelivered:         "Order {order} was delivered. If all is well, confirm receipt; otherwise open a dispute.",
		nReleasedCustomer:  "Order {order} is complete. Thank you!",
		nReleasedMerchant:  "You've been paid {amount} for order {order} (after the platform fee).",
		nDeliveredMerchant: "Order {order} was delivered and the proof is on-chain. You are paid when the customer confirms or the inspection window ends.",
		nRefundRequested:   "The customer asked for a refund on order {order}.",
		nRefunded:          "{amount} refunded for order {order}.",
		nDisputeOpened:     "A dispute was opened on order {order}: “{text}”. Accept to refund, or say reply {order} <your side>.",
		nDisputeResolved:   "The dispute on order {order} was resolved: {amount} back to the buyer, {seller} to the seller (after the platform fee). Arbiter's note: {text}",
		nDisputeExpired:    "The arbiter did not decide the dispute on order {order} in time, so the buyer was refunded in full: {amount}.",
		nPointsEarned:      "You earned {points} with order {order}.",
		nNoPoints:          "Order {order} ({amount}) earned no points: {merchant}'s points are earned on orders in {currency} only.",
		nNoPointsMerchant:  "Order {order} ({amount}) earned the customer no points: your loyalty rule earns on orders in {currency} only.",
		nPointsRedeemed:    "Points burned ({points}): {discount} off your next order in {currency}.",
		nRedeemFailed:      "Your redemption of {points} could not be completed, so there is no voucher and your points are unchanged. Say points to see your balance.",

		nPaymentFailedFinal:   "Payment for order {order} did not go through: {text}.",
		nPaymentShortfall:     "Your wallet is short {amount} to pay order {order}. Send {amount} to {address} and the payment goes through by itself (it waits until {until}).",
		nPaymentWaiting:       "The customer's payment for order {order} is waiting for funds in their wallet (until {until}).",
		nDeliveryFailed:       "The delivery proof for order {order} was not recorded on-chain: {text}.",
		nActionFailed:         "The escrow contract refused the last step on order {order}: {text}. Our team has been alerted and will follow up.",
		rsInspectionOver:      "the inspection window had already ended, so the payment goes to the seller",
		rsInspectionRunning:   "the inspection window is still open",
		rsArbiterLate:         "the arbiter's deadline had passed, so the buyer is refunded in full",
		rsSignatureExpired:    "the signed step expired before it reached the chain; it is signed again and retried",
		rsLateDelivery:        "the delivery came after the deliver-by date",
		rsFutureDelivery:      "the delivery time was ahead of the chain's clock",
		rsPaused:              "the escrow is paused by the operator",
		rsWrongStatus:         "the order had already moved on (paid out, refunded or decided)",
		kWallet:               "Your souq wallet\nAddress: {address}\nBalance: {balances}\nTo add funds, send {token} on {chain} to this address. I'll tell you when it arrives.",
		kWalletCredits:        "Also held for you in the escrow contract: {credits}. Only a transaction sent by the wallet itself can take it out; ask for a person (agent) if you need it.",
		kWalletWaiting:        "Payments waiting for funds: {orders}. They go through as soon as the money arrives.",
		kWalletDevFaucet:      "This is souq's test chain: new wallets get {faucet} from its faucet. For more, send from any dev account over its JSON-RPC.",
		kWalletWithdrawHint:   "To send money to your own wallet: withdraw <amount|all> <currency> to <0x address>.",
		kWalletNone:           "Wallets are not available on this souq.",
		kAddressChecksum:      "That address mixes upper and lower case, but not as its EIP-55 checksum says: there is a typo. Copy it again, or write it all in lower case.",
		kChainName:            "{name} (chain id {id})",
		kWithdrawConfirmToken: "Send {amount} from your souq wallet to {address}? souq pays the network fee. (Your balance: {balance}.)",
		kWithdrawConfirmETH:   "Send {amount} from your souq wallet to {address}? The network fee, at most {gas}, is paid from your wallet. (Your balance: {balance}.)",
		kWithdrawNothing:      "No withdrawal is waiting for your confirmation. Send withdraw <amount|all> <currency> to <0x address>.",
		kWithdrawAlready:      "That withdrawal is already under way.",
		kWithdrawSent:         "Sending {amount} to {address}. I'll tell you when it's confirmed on the chain.",
		kWithdrawTooMuch:      "You can't withdraw {amount}: at most {have} can go.",
		nDeposit:              "Received {amount} on your souq wallet. Balance: {balance}.",
		nDepositResumed:       "Received {amount} on your souq wallet. Balance: {balance}. Your payment for order {orders} is going through now.",
		nWithdrawn:            "{amount} left your souq wallet for {address}. Transaction: {link}",
		nWithdrawFailed:       "Your withdrawal of {amount} to {address} did not go through: {text}. The money is still in your souq wallet; say wallet to see it.",
		nPaymentShortfallNet:  "Your wallet is short {amount} to pay order {order}. Send {amount} on {chain} to {address} and the payment goes through by itself as soon as it arrives (it waits until {until}). Say wallet to see your balance.",
		uWithdraw:             "withdraw 10 USDC to 0x… (or: withdraw all ETH to 0x…)",
		bNo:                   "No",

		bYes: "YES", bHelp: "Help", bMenu: "Menu", bPay: "Pay", bPayNow: "Pay now", bDecline: "Decline",
		bReceived: "Received", bDispute: "Dispute", bRefund: "Refund", bShipped: "Mark shipped", bAccept: "Accept & refund",
		bOrders: "My orders", rOrders: "My orders", rPoints: "My points", rWallet: "My wallet", rAgent: "Talk to a person", rLang: "Language",
		rMerchant: "Merchant commands", rCourier: "Courier commands", rOptOut: "Stop offers", hMenu: "What can I do?", hOrders: "Your orders",

		uSell:            "sell 2 coffee 30 USDC to +55 11 99999 8888",
		uDispute:         "dispute <order> <what went wrong>",
		uRedeem:          "redeem 100",
		uRegister:        "register 0x… (your payout address)",
		uName:            "name <your shop's name, as customers will see it>",
		uLoyalty:         "loyalty 1 per 10 USDC, or loyalty stamps 5 USDC",
		uOrder:           "{command} <order>, for example {command} 3f2a1b0c",
		uReply:           "reply <order> <your side>",
		uCurrency:        "currency USDC",
		kCourierAdded:    "{courier} is now one of your couriers: they can send the delivery photo of your orders. Your couriers: {list}.",
		kCourierRemoved:  "{courier} is no longer one of your couriers and can no longer deliver your orders. Your couriers: {list}.",
		kCouriers:        "Your couriers: {list}. Only they and you can send a delivery photo for your orders.",
		kCouriersNone:    "You have no couriers yet: only you can send delivery photos. Add one with courier add <number>.",
		kAssigned:        "Order {order} is assigned to {courier}; they have been told. Only they (or you) can send its delivery photo.",
		kNotCourier:      "Only the courier the merchant assigned to order {order}, or the merchant, can send its delivery photo. Nothing was recorded.",
		kNotNamed:        "{courier} is not one of your couriers yet: send courier add {courier} first.",
		nCourierAssigned: "{merchant} asked you to deliver order {order}: {items}. On delivery send deliver {order}, share your location, then send the photo.",
		uCourier:         "courier add <number> · courier remove <number> · couriers",
		uAssign:          "assign <order> <courier number>",
	},
	Portuguese: {
		kWelcome:         "Boas-vindas ao souq! Lojistas podem te enviar ofertas aqui e seu pagamento fica em custódia até a entrega.\nResponda SIM para receber ofertas e pedidos de pagamento. Responda PARAR quando quiser sair.",
		kOptedIn:         "Pronto! As ofertas dos lojistas vão chegar aqui. Diga ajuda para ver o que você pode fazer.",
		kOptedOut:        "Feito: você não vai mais receber ofertas nem mensagens de pagamento. Responda SIM para voltar.",
		kNeedOptIn:       "Primeiro responda SIM para receber ofertas e pedidos de pagamento aqui.",
		kHelp:            "O que você pode dizer aqui:\n• pedidos — seus pedidos\n• status <pedido>\n• recebido <pedido>\n• disputa <pedido> <motivo>\n• reembolso <pedido>\n• recibo <pedido>\n• pontos · resgatar <N>\n• carteira — adicionar fundos, saldo · sacar <valor|tudo> <moeda> para <0x…>\n• idioma — Português, English, Italiano, العربية\n• atendente — falar com uma pessoa\n• parar — não receber ofertas",
		kHelpMerchant:    "Comandos do lojista:\n• cadastrar <endereço de recebimento>\n• nome <nome da loja>\n• vender 2 café 30,50 USDC para +55 11 99999 8888\n• moeda USDC — aí vender 2 café 30 para … fica em USDC\n• pedidos\n• enviado <pedido>\n• reembolso <pedido>\n• aceitar <pedido> — aceitar a disputa e reembolsar\n• responder <pedido> <sua versão>\n• fidelidade 1 por 10 USDC · fidelidade selos 5 USDC\n• entregador adicionar <número> · entregador remover <número> · entregadores\n• atribuir <pedido> <número do entregador>",
		kHelpCourier:     "Entregador: envie entregar <pedido>, compartilhe sua localização se quiser e depois mande a foto da entrega. Uma foto com o número do pedido na legenda também funciona. Só um entregador cadastrado pelo lojista (entregador adicionar) pode fazer isso.",
		kUnknown:         "Desculpe, não entendi “{text}”. Toque em Menu ou diga ajuda para ver o que você pode dizer aqui.",
		kUnsupported:     "Aqui eu leio textos, toques em botões, fotos e localizações, mas não este tipo de mensagem.",
		kBadAmount:       "Não consegui ler o valor “{text}”. Escreva assim: 30 ou 30,50 seguido da moeda, por exemplo 30,50 USDC.",
		kUnknownAsset:    "Não conheço a moeda “{text}”. Aceitas: {assets}.",
		kAskCurrency:     "Em qual moeda é {text}? Escreva depois do preço, como {text} {example}, ou defina a sua: moeda {example}. Aceitas: {assets}.",
		kFiatNotHeld:     "O souq não guarda {text} ({fiat}): os pagamentos ficam em {assets}. Escreva o preço em uma delas, como 30 {example}.",
		kCurrencySet:     "Preços escritos sem moeda ficam em {currency}: vender 2 café 30 para … quer dizer 30 {currency}.",
		kCurrencyNone:    "Você não tem moeda padrão: escreva a moeda com cada preço (30 {example}) ou defina uma com moeda {example}. Aceitas: {assets}.",
		kPrecision:       "“{text}” tem casas decimais demais. Escreva assim: 30,50 USDC.",
		kAmountTooLarge:  "“{text}” é um valor grande demais.",
		kOverLimit:       "{amount} passa do limite de {limit} por pedido.",
		kBadOrderRef:     "“{text}” não é um número de pedido. Os números têm 8 caracteres, como 3f2a1b0c — diga pedidos para ver os seus.",
		kBadPhone:        "“{text}” não é um número de telefone. Escreva com o código do país, como +55 11 99999 8888.",
		kBadNumber:       "“{text}” não é um número inteiro maior que zero.",
		kUsage:           "Escreva assim: {usage}",
		kNotFound:        "Não encontrei o pedido {order} entre os seus pedidos.",
		kForbidden:       "Você não pode fazer isso no pedido {order}.",
		kIllegal:         "O pedido {order} está {status}: isso não é possível agora.",
		kNotMerchant:     "Cadastre-se como lojista primeiro: cadastrar <endereço de recebimento>.",
		kInvalidAddress:  "Esse endereço de recebimento não é válido. Ele começa com 0x seguido de 40 caracteres hexadecimais.",
		kNoPoints:        "Você não tem pontos suficientes para isso. Diga pontos para ver seu saldo.",
		kInvalidRequest:  "Esse pedido não é válido. Confira os itens, o valor e o número do cliente.",
		kUnavailable:     "Algo deu errado do nosso lado. Tente de novo em um minuto.",
		kRegistered:      "Cadastro de lojista feito. Os pagamentos vão para {address}. Diga ajuda lojista para ver os comandos.",
		kNameSet:         "Os clientes verão suas ofertas como vindas de {merchant}.",
		kOfferSent:       "Oferta {order} enviada: {items} por {total}.",
		kOfferWaiting:    "A oferta {order} ({items} por {total}) está aguardando: o cliente precisa responder SIM primeiro. Já pedimos a ele.",
		kOffer:           "{merchant} oferece {items}.\nVocê paga: {charge}\nTaxa da plataforma: {fee}, paga pelo vendedor a partir deste valor\nEntrega até: {deliver_by}\nApós a entrega você tem {inspection} para conferir e abrir uma disputa. Se não for entregue até {deliver_by}, seu pagamento volta para você automaticamente.\nPedido {order}. Você paga em custódia: o vendedor só recebe depois da entrega.",
		kChargeDiscount:  "{amount} ({total} menos {discount} dos seus pontos)",
		kOptInRequest:    "{merchant} quer te enviar uma oferta pelo souq. Responda SIM para receber ofertas e pedidos de pagamento aqui.",
		kPayCustodial:    "Pagamento de {total} do pedido {order} enviado da sua carteira souq. Aviso quando for confirmado.",
		kPayLink:         "Pague {total} do pedido {order} pela sua carteira. O dinheiro fica em custódia até a entrega.",
		kDeclinedOK:      "Você recusou o pedido {order}.",
		kOrderLine:       "Pedido {order}: {items}, {total}.\nSituação: {status}.",
		kHistoryEmpty:    "Você ainda não tem pedidos.",
		kHistory:         "Seus últimos pedidos. Toque em um para ver.",
		kReceipt:         "Recibo do pedido {order}\n{items}\nTotal: {total}\n{lines}",
		kReceiptLine:     "• {status} — {date} {link}",
		kTxLink:          "Transação: {link}",
		kConfirmedOK:     "Obrigado! O pedido {order} foi concluído e o vendedor vai receber.",
		kAskReason:       "O que deu errado com o pedido {order}? Conte em uma mensagem (ou diga cancelar).",
		kDisputeOpened:   "Disputa aberta no pedido {order}. Se tiver uma foto, mande agora. Um árbitro vai decidir e te avisar.",
		kEvidenceAdded:   "Foto adicionada à disputa do pedido {order}.",
		kRefundRequested: "Reembolso solicitado para o pedido {order}. O vendedor foi avisado.",
		kRefundStarted:   "O reembolso do pedido {order} está em andamento.",
		kAnswerSent:      "Sua resposta sobre o pedido {order} foi enviada ao árbitro.",
		kAnswerAccepted:  "Você aceitou a disputa: o pedido {order} será reembolsado.",
		kShippedOK:       "Pedido {order} marcado como enviado. O cliente foi avisado.",
		kDeliverReady:    "Mande a foto da entrega do pedido {order}. Se quiser, compartilhe sua localização antes.",
		kLocationSaved:   "Localização salva. Agora mande a foto do pedido {order}.",
		kDeliveryOK:      "Comprovante de entrega do pedido {order} registrado (foto {hash}).",
		kPhotoNoOrder:    "De qual pedido é esta foto? Envie entregar <pedido> antes, ou coloque o número do pedido na legenda.",
		kLocationNoOrder: "De qual pedido é esta localização? Envie entregar <pedido> antes.",
		kMediaFailed:     "Não consegui baixar essa foto. Mande de novo, por favor.",
		kPoints:          "Você tem {points} ({pending} a caminho).",
		kPointsSettled:   "Você tem {points}.",
		kRedeemed:        "Resgatados: {points}. {discount} de desconto no próximo pedido em {currency} (ele sempre custa ao menos {floor}% do preço). Saldo: {balance}.",
		kRuleSet:         "Regra de fidelidade salva: {rule}. Só pedidos em {currency} ganham pontos, e os vales valem em pedidos em {currency}.",
		kRulePoints:      "{points} a cada {spend}",
		kRuleStamps:      "compre {n}, ganhe 1",
		kRedeeming:       "Resgatando {points}: {discount} de desconto no próximo pedido em {currency} (ele sempre custa ao menos {floor}% do preço). O desconto vale assim que os pontos forem queimados no registro; eu aviso você. Saldo: {balance}.",
		kPointsRedeeming: "Você tem {points} ({pending} a caminho, {redeeming} em resgate).",
		kAgentOn:         "O chamado {ticket} foi aberto: uma pessoa da nossa equipe vai te responder aqui, normalmente em poucas horas (ela vê seus pedidos). Até lá o assistente fica pausado nesta conversa; PARAR continua funcionando.",
		kHandBack:        "Você está de volta com o assistente do souq. Diga ajuda para ver o que pode fazer.",
		kAgentStill:      "Você não vai mais receber ofertas nem pedidos de pagamento. O chamado {ticket} continua aberto: nossa equipe ainda vai te responder aqui.",
		kAgentMsg:        "{name} (suporte souq, chamado {ticket}): {text}",
		kCustMustOptIn:   "{customer} ainda não aceitou receber ofertas no souq (ou enviou PARAR). Peça para a pessoa escrever SIM para este número; depois disso sua oferta pode ser enviada.",
		kCartNoCatalog:   "Obrigado! Recebi seu carrinho: {items}. Ainda não dá para pagar carrinhos aqui, então nada foi cobrado. Peça à loja para te enviar uma oferta no souq com esses itens, ou diga atendente para falar com uma pessoa.",
		nDisputeMine:     "Sua disputa no pedido {order} está aberta: “{text}”. O dinheiro fica no escrow enquanto o lojista responde; você pode enviar fotos como prova, e uma pessoa decide se vocês não concordarem.",
		nNumberChanged:   "Boas-vindas ao seu novo número. Vieram com você: {points}, pontos e preferências no souq.",
		nOfferUndeliv:    "A oferta {order} ({items} por {total}) não chegou ao cliente: o WhatsApp disse “{text}” ({points}). Talvez ele não possa recebê-la neste número; fale com ele de outra forma. A oferta fica aberta até expirar.",
		kLangSet:         "Idioma alterado para português.",
		kLangPick:        "Escolha seu idioma.",
		kCancelled:       "Cancelado.",
		kCartOrder:       "Pedido {order} criado a partir do seu carrinho: {items} por {total}.",

		nPaidCustomer:      "Pagamento confirmado: {total} do pedido {order} está em custódia.",
		nPaidMerchant:      "O pedido {order} foi pago ({total} em custódia). Envie e depois diga enviado {order}.",
		nPaymentFailed:     "O pagamento do pedido {order} falhou. Você pode tentar de novo.",
		nDeclined:          "O cliente recusou o pedido {order}.",
		nShipped:           "O pedido {order} foi enviado.",
		nDelivered:         "O pedido {order} foi entregue. Se estiver tudo certo, confirme o recebimento; se não, abra uma disputa.",
		nReleasedCustomer:  "O pedido {order} foi concluído. Obrigado!",
		nReleasedMerchant:  "Você recebeu {amount} pelo pedido {order} (já descontada a taxa da plataforma).",
		nDeliveredMerchant: "O pedido {order} foi entregue e a prova está registrada na blockchain. Você recebe quando o cliente confirmar ou o prazo de inspeção terminar.",
		nRefundRequested:   "O cliente pediu reembolso do pedido {order}.",
		nRefunded:          "{amount} reembolsado do pedido {order}.",
		nDisputeOpened:     "Foi aberta uma disputa no pedido {order}: “{text}”. Aceite para reembolsar, ou diga responder {order} <sua versão>.",
		nDisputeResolved:   "A disputa do pedido {order} foi resolvida: {amount} devolvidos ao comprador, {seller} para o vendedor (após a taxa da plataforma). Nota do árbitro: {text}",
		nDisputeExpired:    "O árbitro não decidiu a disputa do pedido {order} a tempo, por isso o comprador foi reembolsado integralmente: {amount}.",
		nPointsEarned:      "Você ganhou {points} com o pedido {order}.",
		nNoPoints:          "O pedido {order} ({amount}) não rendeu pontos: os pontos de {merchant} são ganhos só em pedidos em {currency}.",
		nNoPointsMerchant:  "O pedido {order} ({amount}) não rendeu pontos ao cliente: sua regra de fidelidade só vale para pedidos em {currency}.",
		nPointsRedeemed:    "Pontos queimados ({points}): {discount} de desconto no próximo pedido em {currency}.",
		nRedeemFailed:      "Não foi possível concluir o resgate de {points}: não há vale e seus pontos continuam os mesmos. Diga pontos para ver seu saldo.",

		nPaymentFailedFinal:   "O pagamento do pedido {order} não foi concluído: {text}.",
		nPaymentShortfall:     "Faltam {amount} na sua carteira para pagar o pedido {order}. Envie {amount} para {address} e o pagamento é feito automaticamente (aguarda até {until}).",
		nPaymentWaiting:       "O pagamento do cliente para o pedido {order} está aguardando saldo na carteira dele (até {until}).",
		nDeliveryFailed:       "A prova de entrega do pedido {order} não foi registrada na blockchain: {text}.",
		nActionFailed:         "O contrato de custódia recusou a última etapa do pedido {order}: {text}. Nossa equipe foi avisada e vai acompanhar.",
		rsInspectionOver:      "o prazo de inspeção já tinha acabado, então o pagamento vai para o vendedor",
		rsInspectionRunning:   "o prazo de inspeção ainda está aberto",
		rsArbiterLate:         "o prazo do árbitro tinha passado, então o comprador é reembolsado integralmente",
		rsSignatureExpired:    "a etapa assinada expirou antes de chegar à blockchain; ela é assinada de novo e reenviada",
		rsLateDelivery:        "a entrega veio depois da data limite",
		rsFutureDelivery:      "a hora da entrega estava à frente do relógio da blockchain",
		rsPaused:              "a custódia está pausada pelo operador",
		rsWrongStatus:         "o pedido já tinha seguido adiante (pago, reembolsado ou decidido)",
		kWallet:               "Sua carteira souq\nEndereço: {address}\nSaldo: {balances}\nPara adicionar fundos, envie {token} na rede {chain} para este endereço. Eu aviso quando chegar.",
		kWalletCredits:        "Também guardado para você no contrato de garantia: {credits}. Só uma transação enviada pela própria carteira pode retirá-lo; peça uma pessoa (atendente) se precisar.",
		kWalletWaiting:        "Pagamentos aguardando fundos: {orders}. Eles são feitos assim que o dinheiro chegar.",
		kWalletDevFaucet:      "Esta é a rede de testes do souq: carteiras novas recebem {faucet} da torneira (faucet). Para mais, envie de qualquer conta de desenvolvimento pelo JSON-RPC.",
		kWalletWithdrawHint:   "Para enviar dinheiro para a sua própria carteira: sacar <valor|tudo> <moeda> para <endereço 0x>.",
		kWalletNone:           "Carteiras não estão disponíveis neste souq.",
		kAddressChecksum:      "Esse endereço mistura maiúsculas e minúsculas, mas não como diz a sua soma de verificação EIP-55: há um erro de digitação. Copie-o de novo, ou escreva tudo em minúsculas.",
		kChainName:            "{name} (chain id {id})",
		kWithdrawConfirmToken: "Enviar {amount} da sua carteira souq para {address}? O souq paga a taxa da rede. (Seu saldo: {balance}.)",
		kWithdrawConfirmETH:   "Enviar {amount} da sua carteira souq para {address}? A taxa da rede, no máximo {gas}, sai da sua carteira. (Seu saldo: {balance}.)",
		kWithdrawNothing:      "Nenhum saque aguarda a sua confirmação. Envie sacar <valor|tudo> <moeda> para <endereço 0x>.",
		kWithdrawAlready:      "Esse saque já está em andamento.",
		kWithdrawSent:         "Enviando {amount} para {address}. Eu aviso quando for confirmado na rede.",
		kWithdrawTooMuch:      "Não é possível sacar {amount}: no máximo {have}.",
		nDeposit:              "Você recebeu {amount} na sua carteira souq. Saldo: {balance}.",
		nDepositResumed:       "Você recebeu {amount} na sua carteira souq. Saldo: {balance}. O pagamento do pedido {orders} está sendo feito agora.",
		nWithdrawn:            "{amount} saíram da sua carteira souq para {address}. Transação: {link}",
		nWithdrawFailed:       "Seu saque de {amount} para {address} não foi feito: {text}. O dinheiro continua na sua carteira souq; diga carteira para ver.",
		nPaymentShortfallNet:  "Faltam {amount} na sua carteira para pagar o pedido {order}. Envie {amount} na rede {chain} para {address} e o pagamento é feito automaticamente assim que chegar (aguarda até {until}). Diga carteira para ver o saldo.",
		uWithdraw:             "sacar 10 USDC para 0x… (ou: sacar tudo ETH para 0x…)",
		bNo:                   "Não",

		bYes: "SIM", bHelp: "Ajuda", bMenu: "Menu", bPay: "Pagar", bPayNow: "Pagar agora", bDecline: "Recusar",
		bReceived: "Recebido", bDispute: "Disputa", bRefund: "Reembolso", bShipped: "Marcar enviado", bAccept: "Aceitar e reembolsar",
		bOrders: "Meus pedidos", rOrders: "Meus pedidos", rPoints: "Meus pontos", rWallet: "Minha carteira", rAgent: "Falar com uma pessoa", rLang: "Idioma",
		rMerchant: "Comandos do lojista", rCourier: "Comandos do entregador", rOptOut: "Parar ofertas", hMenu: "O que posso fazer?", hOrders: "Seus pedidos",

		uSell:            "vender 2 café 30 USDC para +55 11 99999 8888",
		uDispute:         "disputa <pedido> <o que deu errado>",
		uRedeem:          "resgatar 100",
		uRegister:        "cadastrar 0x… (seu endereço de recebimento)",
		uName:            "nome <o nome da sua loja, como os clientes verão>",
		uLoyalty:         "fidelidade 1 por 10 USDC, ou fidelidade selos 5 USDC",
		uOrder:           "{command} <pedido>, por exemplo {command} 3f2a1b0c",
		uReply:           "responder <pedido> <sua versão>",
		uCurrency:        "moeda USDC",
		kCourierAdded:    "{courier} agora é um dos seus entregadores: pode enviar a foto de entrega dos seus pedidos. Seus entregadores: {list}.",
		kCourierRemoved:  "{courier} não é mais um dos seus entregadores e não pode mais entregar os seus pedidos. Seus entregadores: {list}.",
		kCouriers:        "Seus entregadores: {list}. Só eles e você podem enviar a foto de entrega dos seus pedidos.",
		kCouriersNone:    "Você ainda não tem entregadores: só você pode enviar fotos de entrega. Adicione um com entregador adicionar <número>.",
		kAssigned:        "O pedido {order} foi atribuído a {courier}, que já foi avisado. Só ele (ou você) pode enviar a foto da entrega.",
		kNotCourier:      "Só o entregador que o lojista atribuiu ao pedido {order}, ou o próprio lojista, pode enviar a foto da entrega. Nada foi registrado.",
		kNotNamed:        "{courier} ainda não é um dos seus entregadores: envie antes entregador adicionar {courier}.",
		nCourierAssigned: "{merchant} pediu que você entregue o pedido {order}: {items}. Na entrega, envie entregar {order}, compartilhe sua localização e mande a foto.",
		uCourier:         "entregador adicionar <número> · entregador remover <número> · entregadores",
		uAssign:          "atribuir <pedido> <número do entregador>",
	},
	Italian: {
		kWelcome:         "Benvenuto su souq! I negozi possono mandarti offerte qui e il tuo pagamento resta in deposito fino alla consegna.\nRispondi SÌ per ricevere offerte e richieste di pagamento. Rispondi STOP quando vuoi smettere.",
		kOptedIn:         "Fatto! Le offerte dei negozi arriveranno qui. Scrivi aiuto per vedere cosa puoi fare.",
		kOptedOut:        "Fatto: non riceverai più offerte né messaggi di pagamento. Rispondi SÌ per riattivarli.",
		kNeedOptIn:       "Prima rispondi SÌ per ricevere qui offerte e richieste di pagamento.",
		kHelp:            "Cosa puoi scrivere qui:\n• ordini — i tuoi ordini\n• stato <ordine>\n• ricevuto <ordine>\n• contesta <ordine> <motivo>\n• rimborso <ordine>\n• ricevuta <ordine>\n• punti · riscatta <N>\n• portafoglio — aggiungere fondi, saldo · preleva <importo|tutto> <valuta> a <0x…>\n• lingua — Italiano, English, Português, العربية\n• operatore — parla con una persona\n• stop — niente più offerte",
		kHelpMerchant:    "Comandi per i negozi:\n• registra <indirizzo di incasso>\n• nome <nome del negozio>\n• vendi 2 caffè 30,50 USDC a +39 333 123 4567\n• valuta USDC — poi vendi 2 caffè 30 a … è in USDC\n• ordini\n• spedito <ordine>\n• rimborso <ordine>\n• accetta <ordine> — accetta la contestazione e rimborsa\n• rispondi <ordine> <la tua versione>\n• fedeltà 1 ogni 10 USDC · fedeltà timbri 5 USDC\n• corriere aggiungi <numero> · corriere rimuovi <numero> · corrieri\n• assegna <ordine> <numero del corriere>",
		kHelpCourier:     "Corriere: scrivi consegna <ordine>, condividi la posizione se vuoi, poi manda la foto della consegna. Va bene anche una foto con il numero d'ordine nella didascalia. Può farlo solo un corriere indicato dal negozio (corriere aggiungi).",
		kUnknown:         "Scusa, non ho capito “{text}”. Tocca Menu o scrivi aiuto per vedere cosa puoi scrivere qui.",
		kUnsupported:     "Qui leggo testi, tocchi sui pulsanti, foto e posizioni, ma non questo tipo di messaggio.",
		kBadAmount:       "Non riesco a leggere l'importo “{text}”. Scrivilo come 30 o 30,50 seguito dalla valuta, per esempio 30,50 USDC.",
		kUnknownAsset:    "Non conosco la valuta “{text}”. Accettate: {assets}.",
		kAskCurrency:     "In quale valuta è {text}? Scrivila dopo il prezzo, come {text} {example}, o imposta quella che usi: valuta {example}. Accettate: {assets}.",
		kFiatNotHeld:     "souq non custodisce {text} ({fiat}): i pagamenti sono in {assets}. Scrivi il prezzo in una di queste, come 30 {example}.",
		kCurrencySet:     "I prezzi scritti senza valuta sono in {currency}: vendi 2 caffè 30 a … vuol dire 30 {currency}.",
		kCurrencyNone:    "Non hai una valuta predefinita: scrivila con ogni prezzo (30 {example}) o impostane una con valuta {example}. Accettate: {assets}.",
		kPrecision:       "“{text}” ha troppi decimali. Scrivilo come 30,50 USDC.",
		kAmountTooLarge:  "“{text}” è un importo troppo grande.",
		kOverLimit:       "{amount} supera il limite di {limit} per ordine.",
		kBadOrderRef:     "“{text}” non è un numero d'ordine. I numeri hanno 8 caratteri, come 3f2a1b0c — scrivi ordini per vedere i tuoi.",
		kBadPhone:        "“{text}” non è un numero di telefono. Scrivilo con il prefisso internazionale, come +39 333 123 4567.",
		kBadNumber:       "“{text}” non è un numero intero maggiore di zero.",
		kUsage:           "Scrivilo così: {usage}",
		kNotFound:        "Non trovo l'ordine {order} tra i tuoi ordini.",
		kForbidden:       "Non puoi farlo sull'ordine {order}.",
		kIllegal:         "L'ordine {order} è {status}: ora non è possibile.",
		kNotMerchant:     "Prima registrati come negozio: registra <indirizzo di incasso>.",
		kInvalidAddress:  "Questo indirizzo di incasso non è valido. Inizia con 0x seguito da 40 caratteri esadecimali.",
		kNoPoints:        "Non hai abbastanza punti. Scrivi punti per vedere il saldo.",
		kInvalidRequest:  "Questa richiesta non è valida. Controlla articoli, importo e numero del cliente.",
		kUnavailable:     "Qualcosa è andato storto da parte nostra. Riprova tra un minuto.",
		kRegistered:      "Sei registrato come negozio. Gli incassi vanno a {address}. Scrivi aiuto negozio per vedere i comandi.",
		kNameSet:         "I clienti vedranno le tue offerte come inviate da {merchant}.",
		kOfferSent:       "Offerta {order} inviata: {items} per {total}.",
		kOfferWaiting:    "L'offerta {order} ({items} per {total}) è in attesa: il cliente deve prima rispondere SÌ. Glielo abbiamo chiesto.",
		kOffer:           "{merchant} ti offre {items}.\nPaghi: {charge}\nCommissione della piattaforma: {fee}, pagata dal venditore su questo importo\nConsegna entro: {deliver_by}\nDopo la consegna hai {inspection} per controllare la merce e contestare. Se non arriva entro {deliver_by}, il pagamento ti viene restituito automaticamente.\nOrdine {order}. Paghi in deposito: il venditore viene pagato solo dopo la consegna.",
		kChargeDiscount:  "{amount} ({total} meno {discount} dai tuoi punti)",
		kOptInRequest:    "{merchant} vuole mandarti un'offerta su souq. Rispondi SÌ per ricevere qui offerte e richieste di pagamento.",
		kPayCustodial:    "Pagamento di {total} per l'ordine {order} inviato dal tuo portafoglio souq. Ti avviso quando è confermato.",
		kPayLink:         "Paga {total} per l'ordine {order} dal tuo portafoglio. I soldi restano in deposito fino alla consegna.",
		kDeclinedOK:      "Hai rifiutato l'ordine {order}.",
		kOrderLine:       "Ordine {order}: {items}, {total}.\nStato: {status}.",
		kHistoryEmpty:    "Non hai ancora ordini.",
		kHistory:         "I tuoi ultimi ordini. Toccane uno per vederlo.",
		kReceipt:         "Ricevuta dell'ordine {order}\n{items}\nTotale: {total}\n{lines}",
		kReceiptLine:     "• {status} — {date} {link}",
		kTxLink:          "Transazione: {link}",
		kConfirmedOK:     "Grazie! L'ordine {order} è concluso e il venditore viene pagato.",
		kAskReason:       "Cosa è andato storto con l'ordine {order}? Descrivilo in un messaggio (o scrivi annulla).",
		kDisputeOpened:   "Contestazione aperta sull'ordine {order}. Se hai una foto, mandala ora. Un arbitro deciderà e ti avviserà.",
		kEvidenceAdded:   "Foto aggiunta alla contestazione dell'ordine {order}.",
		kRefundRequested: "Rimborso richiesto per l'ordine {order}. Il venditore è stato avvisato.",
		kRefundStarted:   "Il rimborso dell'ordine {order} è in corso.",
		kAnswerSent:      "La tua risposta sull'ordine {order} è stata inviata all'arbitro.",
		kAnswerAccepted:  "Hai accettato la contestazione: l'ordine {order} sarà rimborsato.",
		kShippedOK:       "Ordine {order} segnato come spedito. Il cliente è stato avvisato.",
		kDeliverReady:    "Manda la foto della consegna dell'ordine {order}. Puoi prima condividere la posizione.",
		kLocationSaved:   "Posizione salvata. Ora manda la foto dell'ordine {order}.",
		kDeliveryOK:      "Prova di consegna dell'ordine {order} registrata (foto {hash}).",
		kPhotoNoOrder:    "Di quale ordine è questa foto? Scrivi prima consegna <ordine>, o metti il numero d'ordine nella didascalia.",
		kLocationNoOrder: "Di quale ordine è questa posizione? Scrivi prima consegna <ordine>.",
		kMediaFailed:     "Non sono riuscito a scaricare la foto. Mandala di nuovo, per favore.",
		kPoints:          "Hai {points} ({pending} in arrivo).",
		kPointsSettled:   "Hai {points}.",
		kRedeemed:        "Riscattati: {points}. {discount} di sconto sul prossimo ordine in {currency} (costa sempre almeno il {floor}% del prezzo). Saldo: {balance}.",
		kRuleSet:         "Regola fedeltà salvata: {rule}. Solo gli ordini in {currency} fanno guadagnare punti, e i buoni valgono sugli ordini in {currency}.",
		kRulePoints:      "{points} ogni {spend}",
		kRuleStamps:      "compri {n}, 1 in omaggio",
		kRedeeming:       "Riscatto in corso ({points}): {discount} di sconto sul prossimo ordine in {currency} (costa sempre almeno il {floor}% del prezzo). Lo sconto vale appena i punti sono bruciati sul registro; ti avviso io. Saldo: {balance}.",
		kPointsRedeeming: "Hai {points} ({pending} in arrivo, {redeeming} in riscatto).",
		kAgentOn:         "Il ticket {ticket} è aperto: una persona del nostro team ti risponderà qui, di solito entro poche ore (vede i tuoi ordini). Fino ad allora l'assistente è in pausa in questa chat; STOP funziona sempre.",
		kHandBack:        "Sei di nuovo con l'assistente di souq. Scrivi aiuto per vedere cosa puoi fare.",
		kAgentStill:      "Non riceverai più offerte né richieste di pagamento. Il ticket {ticket} resta aperto: il nostro team ti risponderà comunque qui.",
		kAgentMsg:        "{name} (assistenza souq, ticket {ticket}): {text}",
		kCustMustOptIn:   "{customer} non ha ancora accettato di ricevere offerte su souq (o ha scritto STOP). Chiedigli di scrivere SÌ a questo numero; dopo la tua offerta potrà partire.",
		kCartNoCatalog:   "Grazie! Ho ricevuto il tuo carrello: {items}. Qui i carrelli non si possono ancora pagare, quindi non è stato addebitato nulla. Chiedi al negozio di inviarti un'offerta su souq per questi articoli, o scrivi operatore per parlare con una persona.",
		nDisputeMine:     "La tua contestazione sull'ordine {order} è aperta: “{text}”. Il denaro resta in escrow mentre il venditore risponde; puoi inviare foto come prova, e se non siete d'accordo decide una persona.",
		nNumberChanged:   "Benvenuto sul tuo nuovo numero. Sono venuti con te: {points}, punti e impostazioni su souq.",
		nOfferUndeliv:    "L'offerta {order} ({items} per {total}) non è arrivata al cliente: WhatsApp ha detto “{text}” ({points}). Forse non può riceverla su questo numero; contattalo in un altro modo. L'offerta resta aperta fino alla scadenza.",
		kLangSet:         "Lingua impostata: italiano.",
		kLangPick:        "Scegli la lingua.",
		kCancelled:       "Annullato.",
		kCartOrder:       "Ordine {order} creato dal tuo carrello: {items} per {total}.",

		nPaidCustomer:      "Pagamento confermato: {total} per l'ordine {order} è in deposito.",
		nPaidMerchant:      "L'ordine {order} è pagato ({total} in deposito). Spediscilo, poi scrivi spedito {order}.",
		nPaymentFailed:     "Il pagamento dell'ordine {order} non è riuscito. Puoi riprovare.",
		nDeclined:          "Il cliente ha rifiutato l'ordine {order}.",
		nShipped:           "L'ordine {order} è stato spedito.",
		nDelivered:         "L'ordine {order} è stato consegnato. Se va tutto bene conferma la ricezione, altrimenti apri una contestazione.",
		nReleasedCustomer:  "L'ordine {order} è concluso. Grazie!",
		nReleasedMerchant:  "Hai ricevuto {amount} per l'ordine {order} (al netto della commissione della piattaforma).",
		nDeliveredMerchant: "L'ordine {order} è stato consegnato e la prova è sulla blockchain. Sarai pagato quando il cliente conferma o finisce il periodo di ispezione.",
		nRefundRequested:   "Il cliente ha chiesto il rimborso dell'ordine {order}.",
		nRefunded:          "{amount} rimborsati per l'ordine {order}.",
		nDisputeOpened:     "È stata aperta una contestazione sull'ordine {order}: “{text}”. Accetta per rimborsare, o scrivi rispondi {order} <la tua versione>.",
		nDisputeResolved:   "La contestazione sull'ordine {order} è stata risolta: {amount} restituiti all'acquirente, {seller} al venditore (dopo la commissione della piattaforma). Nota dell'arbitro: {text}",
		nDisputeExpired:    "L'arbitro non ha deciso in tempo la contestazione sull'ordine {order}, quindi l'acquirente è stato rimborsato per intero: {amount}.",
		nPointsEarned:      "Hai guadagnato {points} con l'ordine {order}.",
		nNoPoints:          "L'ordine {order} ({amount}) non ha fatto guadagnare punti: i punti di {merchant} si guadagnano solo con ordini in {currency}.",
		nNoPointsMerchant:  "L'ordine {order} ({amount}) non ha fatto guadagnare punti al cliente: la tua regola fedeltà vale solo per ordini in {currency}.",
		nPointsRedeemed:    "Punti bruciati ({points}): {discount} di sconto sul prossimo ordine in {currency}.",
		nRedeemFailed:      "Non è stato possibile completare il riscatto ({points}): nessun buono, e i tuoi punti restano invariati. Scrivi punti per vedere il saldo.",

		nPaymentFailedFinal:   "Il pagamento dell'ordine {order} non è andato a buon fine: {text}.",
		nPaymentShortfall:     "Al tuo portafoglio mancano {amount} per pagare l'ordine {order}. Invia {amount} a {address} e il pagamento parte da solo (attende fino a {until}).",
		nPaymentWaiting:       "Il pagamento del cliente per l'ordine {order} attende fondi nel suo portafoglio (fino a {until}).",
		nDeliveryFailed:       "La prova di consegna dell'ordine {order} non è stata registrata sulla blockchain: {text}.",
		nActionFailed:         "Il contratto di garanzia ha rifiutato l'ultimo passo dell'ordine {order}: {text}. Il nostro team è stato avvisato e se ne occuperà.",
		rsInspectionOver:      "il periodo di verifica era già finito, quindi il pagamento va al venditore",
		rsInspectionRunning:   "il periodo di verifica è ancora aperto",
		rsArbiterLate:         "la scadenza dell'arbitro era passata, quindi l'acquirente è rimborsato per intero",
		rsSignatureExpired:    "il passo firmato è scaduto prima di arrivare sulla blockchain; viene firmato di nuovo e ritentato",
		rsLateDelivery:        "la consegna è arrivata dopo la data limite",
		rsFutureDelivery:      "l'ora di consegna era avanti rispetto all'orologio della blockchain",
		rsPaused:              "la garanzia è sospesa dall'operatore",
		rsWrongStatus:         "l'ordine era già andato avanti (pagato, rimborsato o deciso)",
		kWallet:               "Il tuo portafoglio souq\nIndirizzo: {address}\nSaldo: {balances}\nPer aggiungere fondi, invia {token} sulla rete {chain} a questo indirizzo. Ti avviso quando arrivano.",
		kWalletCredits:        "Inoltre tenuti per te nel contratto di garanzia: {credits}. Solo una transazione inviata dal portafoglio stesso può ritirarli; chiedi una persona (operatore) se ti servono.",
		kWalletWaiting:        "Pagamenti in attesa di fondi: {orders}. Partono appena arriva il denaro.",
		kWalletDevFaucet:      "Questa è la rete di prova di souq: i portafogli nuovi ricevono {faucet} dal suo faucet. Per averne di più, invia da un qualsiasi conto di sviluppo tramite il suo JSON-RPC.",
		kWalletWithdrawHint:   "Per inviare denaro al tuo portafoglio: preleva <importo|tutto> <valuta> a <indirizzo 0x>.",
		kWalletNone:           "I portafogli non sono disponibili su questo souq.",
		kAddressChecksum:      "Questo indirizzo mescola maiuscole e minuscole, ma non come dice il suo checksum EIP-55: c'è un errore di battitura. Copialo di nuovo, o scrivilo tutto in minuscolo.",
		kChainName:            "{name} (chain id {id})",
		kWithdrawConfirmToken: "Inviare {amount} dal tuo portafoglio souq a {address}? La commissione di rete la paga souq. (Saldo: {balance}.)",
		kWithdrawConfirmETH:   "Inviare {amount} dal tuo portafoglio souq a {address}? La commissione di rete, al massimo {gas}, è pagata dal tuo portafoglio. (Saldo: {balance}.)",
		kWithdrawNothing:      "Nessun prelievo attende la tua conferma. Invia preleva <importo|tutto> <valuta> a <indirizzo 0x>.",
		kWithdrawAlready:      "Questo prelievo è già in corso.",
		kWithdrawSent:         "Invio {amount} a {address}. Ti avviso quando è confermato sulla rete.",
		kWithdrawTooMuch:      "Non puoi prelevare {amount}: al massimo {have}.",
		nDeposit:              "Hai ricevuto {amount} sul tuo portafoglio souq. Saldo: {balance}.",
		nDepositResumed:       "Hai ricevuto {amount} sul tuo portafoglio souq. Saldo: {balance}. Il pagamento dell'ordine {orders} parte adesso.",
		nWithdrawn:            "{amount} sono usciti dal tuo portafoglio souq verso {address}. Transazione: {link}",
		nWithdrawFailed:       "Il prelievo di {amount} verso {address} non è andato a buon fine: {text}. Il denaro è ancora nel tuo portafoglio souq; scrivi portafoglio per vederlo.",
		nPaymentShortfallNet:  "Al tuo portafoglio mancano {amount} per pagare l'ordine {order}. Invia {amount} sulla rete {chain} a {address} e il pagamento parte da solo appena arrivano (attende fino a {until}). Scrivi portafoglio per vedere il saldo.",
		uWithdraw:             "preleva 10 USDC a 0x… (oppure: preleva tutto ETH a 0x…)",
		bNo:                   "No",

		bYes: "SÌ", bHelp: "Aiuto", bMenu: "Menu", bPay: "Paga", bPayNow: "Paga ora", bDecline: "Rifiuta",
		bReceived: "Ricevuto", bDispute: "Contesta", bRefund: "Rimborso", bShipped: "Segna spedito", bAccept: "Accetta e rimborsa",
		bOrders: "I miei ordini", rOrders: "I miei ordini", rPoints: "I miei punti", rWallet: "Il mio portafoglio", rAgent: "Parla con una persona", rLang: "Lingua",
		rMerchant: "Comandi negozio", rCourier: "Comandi corriere", rOptOut: "Stop offerte", hMenu: "Cosa posso fare?", hOrders: "I tuoi ordini",

		uSell:            "vendi 2 caffè 30 USDC a +39 333 123 4567",
		uDispute:         "contesta <ordine> <cosa è andato storto>",
		uRedeem:          "riscatta 100",
		uRegister:        "registra 0x… (il tuo indirizzo di incasso)",
		uName:            "nome <il nome del tuo negozio, come lo vedranno i clienti>",
		uLoyalty:         "fedeltà 1 ogni 10 USDC, oppure fedeltà timbri 5 USDC",
		uOrder:           "{command} <ordine>, per esempio {command} 3f2a1b0c",
		uReply:           "rispondi <ordine> <la tua versione>",
		uCurrency:        "valuta USDC",
		kCourierAdded:    "{courier} ora è uno dei tuoi corrieri: può mandare la foto di consegna dei tuoi ordini. I tuoi corrieri: {list}.",
		kCourierRemoved:  "{courier} non è più uno dei tuoi corrieri e non può più consegnare i tuoi ordini. I tuoi corrieri: {list}.",
		kCouriers:        "I tuoi corrieri: {list}. Solo loro e tu potete mandare la foto di consegna dei tuoi ordini.",
		kCouriersNone:    "Non hai ancora corrieri: solo tu puoi mandare le foto di consegna. Aggiungine uno con corriere aggiungi <numero>.",
		kAssigned:        "L'ordine {order} è assegnato a {courier}, che è stato avvisato. Solo lui (o tu) può mandarne la foto di consegna.",
		kNotCourier:      "Solo il corriere a cui il negozio ha assegnato l'ordine {order}, o il negozio stesso, può mandarne la foto di consegna. Non è stato registrato nulla.",
		kNotNamed:        "{courier} non è ancora uno dei tuoi corrieri: prima scrivi corriere aggiungi {courier}.",
		nCourierAssigned: "{merchant} ti ha chiesto di consegnare l'ordine {order}: {items}. Alla consegna scrivi consegna {order}, condividi la posizione e poi manda la foto.",
		uCourier:         "corriere aggiungi <numero> · corriere rimuovi <numero> · corrieri",
		uAssign:          "assegna <ordine> <numero del corriere>",
	},
	Arabic: {
		kWelcome:         "أهلاً بك في سوق! يمكن للتجار إرسال عروضهم إليك هنا، ويبقى مبلغك محفوظاً لدى طرف ضامن حتى التسليم.\nأرسل نعم لتلقي العروض وطلبات الدفع. أرسل توقف في أي وقت لإيقافها.",
		kOptedIn:         "تم الاشتراك. ستصلك عروض التجار هنا. أرسل مساعدة لمعرفة ما يمكنك فعله.",
		kOptedOut:        "تم: لن تصلك عروض ولا رسائل دفع بعد الآن. أرسل نعم للاشتراك من جديد.",
		kNeedOptIn:       "أرسل نعم أولاً لتلقي العروض وطلبات الدفع هنا.",
		kHelp:            "ما يمكنك كتابته هنا:\n• طلباتي — طلباتك\n• حالة <رقم الطلب>\n• استلمت <رقم الطلب>\n• نزاع <رقم الطلب> <السبب>\n• استرداد <رقم الطلب>\n• إيصال <رقم الطلب>\n• نقاط · استبدال <العدد>\n• محفظة — إضافة أموال، الرصيد · سحب <المبلغ|الكل> <العملة> إلى <0x…>\n• لغة — العربية، English، Português، Italiano\n• موظف — التحدث مع شخص\n• توقف — إيقاف العروض",
		kHelpMerchant:    "أوامر التاجر:\n• تسجيل <عنوان استلام المدفوعات>\n• اسم <اسم المتجر>\n• بيع 2 قهوة 30.50 USDC إلى +971 50 123 4567\n• عملة USDC — بعدها بيع 2 قهوة 30 إلى … يكون بـ USDC\n• طلباتي\n• شحن <رقم الطلب>\n• استرداد <رقم الطلب>\n• قبول <رقم الطلب> — قبول النزاع ورد المبلغ\n• رد <رقم الطلب> <روايتك> — الرد على نزاع\n• ولاء 1 لكل 10 USDC · ولاء طوابع 5 USDC\n• مندوب أضف <الرقم> · مندوب احذف <الرقم> · المندوبين\n• إسناد <رقم الطلب> <رقم المندوب>",
		kHelpCourier:     "المندوب: أرسل توصيل <رقم الطلب>، وشارك موقعك إن شئت، ثم أرسل صورة التسليم. تصلح أيضاً صورة يكون تعليقها رقم الطلب. لا يمكن ذلك إلا لمندوب أضافه التاجر (مندوب أضف).",
		kUnknown:         "عذراً، لم أفهم {text}. اضغط القائمة أو أرسل مساعدة لمعرفة ما يمكنك كتابته هنا.",
		kUnsupported:     "أستطيع هنا قراءة النصوص والضغط على الأزرار والصور والمواقع، وليس هذا النوع من الرسائل.",
		kBadAmount:       "لم أستطع قراءة المبلغ {text}. اكتبه هكذا: 30 أو 30.50 (أو ٣٠٫٥٠) ثم العملة، مثلاً 30.50 USDC.",
		kUnknownAsset:    "لا أعرف العملة {text}. العملات المقبولة: {assets}.",
		kAskCurrency:     "بأي عملة المبلغ {text}؟ اكتبها بعد السعر مثل {text} {example}، أو حدّد عملتك: عملة {example}. العملات المقبولة: {assets}.",
		kFiatNotHeld:     "لا يحتفظ سوق بـ {text} ({fiat}): تُحفظ المدفوعات بـ {assets}. اكتب السعر بإحداها، مثلاً 30 {example}.",
		kCurrencySet:     "الأسعار التي تكتبها بدون عملة تكون بـ {currency}: بيع 2 قهوة 30 إلى … تعني 30 {currency}.",
		kCurrencyNone:    "ليست لديك عملة افتراضية: اكتب العملة مع كل سعر (30 {example}) أو حدّد واحدة بـ عملة {example}. العملات المقبولة: {assets}.",
		kPrecision:       "في {text} منازل عشرية أكثر من اللازم. اكتبه هكذا: 30.50 USDC.",
		kAmountTooLarge:  "المبلغ {text} كبير جداً.",
		kOverLimit:       "المبلغ {amount} يتجاوز الحد المسموح به وهو {limit} للطلب الواحد.",
		kBadOrderRef:     "{text} ليس رقم طلب. أرقام الطلبات من 8 خانات مثل 3f2a1b0c — أرسل طلباتي لرؤية طلباتك.",
		kBadPhone:        "{text} ليس رقم هاتف. اكتبه مع رمز الدولة، مثل +971 50 123 4567.",
		kBadNumber:       "{text} ليس عدداً صحيحاً أكبر من صفر.",
		kUsage:           "اكتبه هكذا: {usage}",
		kNotFound:        "لم أجد الطلب {order} بين طلباتك.",
		kForbidden:       "لا يمكنك فعل ذلك في الطلب {order}.",
		kIllegal:         "حالة الطلب {order} هي {status}: هذا غير ممكن الآن.",
		kNotMerchant:     "سجّل كتاجر أولاً: تسجيل <عنوان استلام المدفوعات>.",
		kInvalidAddress:  "عنوان الاستلام غير صالح. يبدأ بـ 0x ويليه 40 خانة ست عشرية.",
		kNoPoints:        "ليس لديك نقاط كافية لذلك. أرسل نقاط لمعرفة رصيدك.",
		kInvalidRequest:  "هذا الطلب غير صالح. تحقق من المنتجات والمبلغ ورقم العميل.",
		kUnavailable:     "حدث خطأ من جهتنا. حاول مرة أخرى بعد دقيقة.",
		kRegistered:      "تم تسجيلك كتاجر. ستُرسل المدفوعات إلى {address}. أرسل مساعدة تاجر لمعرفة الأوامر.",
		kNameSet:         "سيرى العملاء عروضك باسم {merchant}.",
		kOfferSent:       "تم إرسال العرض {order}: {items} مقابل {total}.",
		kOfferWaiting:    "العرض {order} ({items} مقابل {total}) بانتظار موافقة العميل: عليه أن يرسل نعم أولاً. لقد طلبنا منه ذلك.",
		kOffer:           "يعرض عليك {merchant} {items}.\nتدفع: {charge}\nرسوم المنصة: {fee}، يدفعها البائع من هذا المبلغ\nالتسليم قبل: {deliver_by}\nبعد التسليم لديك {inspection} لفحص البضاعة وفتح نزاع. وإن لم يُسلَّم الطلب قبل {deliver_by} يُعاد إليك مبلغك تلقائياً.\nالطلب {order}. تدفع لدى طرف ضامن: لا يحصل البائع على المال إلا بعد التسليم.",
		kChargeDiscount:  "{amount} ({total} ناقص {discount} من نقاطك)",
		kOptInRequest:    "يريد {merchant} إرسال عرض إليك عبر سوق. أرسل نعم لتلقي العروض وطلبات الدفع هنا.",
		kPayCustodial:    "تم إرسال دفعة {total} للطلب {order} من محفظتك في سوق. سأخبرك عند تأكيدها.",
		kPayLink:         "ادفع {total} للطلب {order} من محفظتك. يبقى المال لدى الطرف الضامن حتى التسليم.",
		kDeclinedOK:      "لقد رفضت الطلب {order}.",
		kOrderLine:       "الطلب {order}: {items}، {total}.\nالحالة: {status}.",
		kHistoryEmpty:    "ليس لديك طلبات بعد.",
		kHistory:         "آخر طلباتك. اضغط على أحدها لعرضه.",
		kReceipt:         "إيصال الطلب {order}\n{items}\nالإجمالي: {total}\n{lines}",
		kReceiptLine:     "• {status} — {date} {link}",
		kTxLink:          "المعاملة: {link}",
		kConfirmedOK:     "شكراً! اكتمل الطلب {order} وسيحصل البائع على المبلغ.",
		kAskReason:       "ما المشكلة في الطلب {order}؟ اشرحها في رسالة واحدة (أو أرسل إلغاء).",
		kDisputeOpened:   "تم فتح نزاع على الطلب {order}. إن كانت لديك صورة فأرسلها الآن. سيقرر محكّم ويبلغك.",
		kEvidenceAdded:   "أُضيفت الصورة إلى النزاع على الطلب {order}.",
		kRefundRequested: "تم طلب استرداد المبلغ للطلب {order}. أُبلغ البائع.",
		kRefundStarted:   "استرداد مبلغ الطلب {order} جارٍ.",
		kAnswerSent:      "أُرسل ردك على الطلب {order} إلى المحكّم.",
		kAnswerAccepted:  "قبلت النزاع: سيُرد مبلغ الطلب {order}.",
		kShippedOK:       "تم تعليم الطلب {order} كمشحون. أُبلغ العميل.",
		kDeliverReady:    "أرسل صورة تسليم الطلب {order}. يمكنك مشاركة موقعك أولاً.",
		kLocationSaved:   "تم حفظ الموقع. أرسل الآن صورة الطلب {order}.",
		kDeliveryOK:      "تم تسجيل إثبات تسليم الطلب {order} (الصورة {hash}).",
		kPhotoNoOrder:    "لأي طلب هذه الصورة؟ أرسل توصيل <رقم الطلب> أولاً، أو اكتب رقم الطلب في تعليق الصورة.",
		kLocationNoOrder: "لأي طلب هذا الموقع؟ أرسل توصيل <رقم الطلب> أولاً.",
		kMediaFailed:     "لم أستطع تنزيل الصورة. أرسلها مرة أخرى من فضلك.",
		kPoints:          "لديك {points} ({pending} في الطريق).",
		kPointsSettled:   "لديك {points}.",
		kRedeemed:        "تم استبدال {points}: خصم {discount} على طلبك القادم بعملة {currency} (يكلّف دائماً {floor}% من سعره على الأقل). الرصيد: {balance}.",
		kRuleSet:         "تم حفظ قاعدة الولاء: {rule}. الطلبات بعملة {currency} فقط تكسب نقاطاً، والقسائم تُطبَّق على الطلبات بعملة {currency}.",
		kRulePoints:      "{points} لكل {spend}",
		kRuleStamps:      "اشترِ {n} واحصل على 1 مجاناً",
		kRedeeming:       "جارٍ استبدال {points}: خصم {discount} على طلبك القادم بعملة {currency} (يكلّف دائماً {floor}% من سعره على الأقل). يُطبَّق الخصم بعد حرق النقاط في السجل، وسأخبرك. الرصيد: {balance}.",
		kPointsRedeeming: "لديك {points} ({pending} في الطريق، و{redeeming} قيد الاستبدال).",
		kAgentOn:         "فُتحت التذكرة {ticket}: سيرد عليك أحد أفراد فريقنا هنا، عادةً خلال ساعات قليلة (يرى طلباتك). حتى ذلك الحين المساعد متوقف في هذه المحادثة؛ وتوقف يعمل دائماً.",
		kHandBack:        "عدت إلى مساعد سوق. أرسل مساعدة لمعرفة ما يمكنك فعله.",
		kAgentStill:      "لن تصلك عروض أو طلبات دفع بعد الآن. تبقى التذكرة {ticket} مفتوحة: سيرد عليك فريقنا هنا.",
		kAgentMsg:        "{name} (دعم سوق، التذكرة {ticket}): {text}",
		kCustMustOptIn:   "لم يوافق {customer} على تلقي العروض في سوق (أو أرسل توقف). اطلب منه أن يكتب نعم إلى هذا الرقم؛ بعدها يمكن إرسال عرضك.",
		kCartNoCatalog:   "شكراً! وصلتني سلتك: {items}. لا يمكن دفع السلال هنا بعد، لذلك لم يُخصم شيء. اطلب من المتجر أن يرسل لك عرضاً في سوق لهذه المنتجات، أو أرسل موظف للتحدث مع شخص.",
		nDisputeMine:     "نزاعك على الطلب {order} مفتوح: {text}. يبقى المبلغ في الضمان بينما يرد التاجر؛ يمكنك إرسال صور كدليل، ويقرر شخص إن لم تتفقا.",
		nNumberChanged:   "أهلاً برقمك الجديد. انتقلت معك: {points} ونقاطك وإعداداتك في سوق.",
		nOfferUndeliv:    "لم يصل العرض {order} ({items} بسعر {total}) إلى العميل: قال واتساب {text} ({points}). ربما لا يستطيع استلامه على هذا الرقم؛ تواصل معه بطريقة أخرى. يبقى العرض مفتوحاً حتى انتهاء صلاحيته.",
		kLangSet:         "تم ضبط اللغة على العربية.",
		kLangPick:        "اختر لغتك.",
		kCancelled:       "تم الإلغاء.",
		kCartOrder:       "تم إنشاء الطلب {order} من سلتك: {items} مقابل {total}.",

		nPaidCustomer:      "تم تأكيد الدفع: مبلغ {total} للطلب {order} محفوظ لدى الطرف الضامن.",
		nPaidMerchant:      "تم دفع الطلب {order} ({total} لدى الطرف الضامن). اشحنه ثم أرسل شحن {order}.",
		nPaymentFailed:     "فشل دفع الطلب {order}. يمكنك المحاولة مرة أخرى.",
		nDeclined:          "رفض العميل الطلب {order}.",
		nShipped:           "تم شحن الطلب {order}.",
		nDelivered:         "تم تسليم الطلب {order}. إن كان كل شيء على ما يرام فأكّد الاستلام، وإلا فافتح نزاعاً.",
		nReleasedCustomer:  "اكتمل الطلب {order}. شكراً لك!",
		nReleasedMerchant:  "تم دفع {amount} لك عن الطلب {order} (بعد خصم رسوم المنصة).",
		nDeliveredMerchant: "تم تسليم الطلب {order} وسُجّل الإثبات على السلسلة. ستحصل على المبلغ عندما يؤكد العميل أو تنتهي مهلة الفحص.",
		nRefundRequested:   "طلب العميل استرداد مبلغ الطلب {order}.",
		nRefunded:          "تم رد {amount} عن الطلب {order}.",
		nDisputeOpened:     "فُتح نزاع على الطلب {order}: {text}. اقبل لرد المبلغ، أو أرسل رد {order} <روايتك>.",
		nDisputeResolved:   "تمت تسوية النزاع على الطلب {order}: {amount} تُعاد إلى المشتري و{seller} للبائع (بعد رسوم المنصة). ملاحظة المحكّم: {text}",
		nDisputeExpired:    "لم يبتّ المحكّم في النزاع على الطلب {order} في الوقت المحدد، لذا رُدّ المبلغ كاملاً إلى المشتري: {amount}.",
		nPointsEarned:      "ربحت {points} من الطلب {order}.",
		nNoPoints:          "الطلب {order} ({amount}) لم يكسب نقاطاً: نقاط {merchant} تُكسب فقط على الطلبات بعملة {currency}.",
		nNoPointsMerchant:  "الطلب {order} ({amount}) لم يكسب العميل نقاطاً: قاعدة الولاء لديك تنطبق فقط على الطلبات بعملة {currency}.",
		nPointsRedeemed:    "تم حرق النقاط ({points}): خصم {discount} على طلبك القادم بعملة {currency}.",
		nRedeemFailed:      "تعذّر إكمال استبدال {points}: لا توجد قسيمة ونقاطك كما هي. أرسل نقاط لمعرفة رصيدك.",

		nPaymentFailedFinal:   "لم يكتمل دفع الطلب {order}: {text}.",
		nPaymentShortfall:     "ينقص محفظتك {amount} لدفع الطلب {order}. أرسل {amount} إلى {address} وسيتم الدفع تلقائياً (ينتظر حتى {until}).",
		nPaymentWaiting:       "دفعة العميل للطلب {order} بانتظار رصيد في محفظته (حتى {until}).",
		nDeliveryFailed:       "لم يُسجَّل إثبات تسليم الطلب {order} على البلوكشين: {text}.",
		nActionFailed:         "رفض عقد الضمان الخطوة الأخيرة في الطلب {order}: {text}. تم إبلاغ فريقنا وسيتابع الأمر.",
		rsInspectionOver:      "كانت مدة الفحص قد انتهت، لذا يذهب المبلغ إلى البائع",
		rsInspectionRunning:   "مدة الفحص ما زالت مفتوحة",
		rsArbiterLate:         "كانت مهلة المحكّم قد انقضت، لذا يُعاد المبلغ كاملاً إلى المشتري",
		rsSignatureExpired:    "انتهت صلاحية الخطوة الموقّعة قبل وصولها إلى السلسلة؛ تُوقَّع من جديد ويُعاد إرسالها",
		rsLateDelivery:        "جاء التسليم بعد الموعد المحدد",
		rsFutureDelivery:      "كان وقت التسليم متقدماً على ساعة السلسلة",
		rsPaused:              "الضمان متوقف مؤقتاً من قِبل المشغّل",
		rsWrongStatus:         "كان الطلب قد انتقل إلى مرحلة أخرى (دُفع أو استُرد أو حُسم)",
		kWallet:               "محفظتك في souq\nالعنوان: {address}\nالرصيد: {balances}\nلإضافة أموال، أرسل {token} على شبكة {chain} إلى هذا العنوان. سأخبرك عند وصولها.",
		kWalletCredits:        "محفوظ لك أيضاً في عقد الضمان: {credits}. لا يسحبه إلا معاملة ترسلها المحفظة نفسها؛ اطلب موظفاً إن احتجت إليه.",
		kWalletWaiting:        "مدفوعات تنتظر الأموال: {orders}. تتم فور وصول المال.",
		kWalletDevFaucet:      "هذه شبكة souq التجريبية: تحصل المحافظ الجديدة على {faucet} من صنبورها. للمزيد، أرسل من أي حساب تطوير عبر JSON-RPC.",
		kWalletWithdrawHint:   "لإرسال المال إلى محفظتك الخاصة: سحب <المبلغ|الكل> <العملة> إلى <عنوان 0x>.",
		kWalletNone:           "المحافظ غير متاحة في souq هذا.",
		kAddressChecksum:      "هذا العنوان يخلط بين الأحرف الكبيرة والصغيرة على غير ما يقوله مجموع التحقق EIP-55: فيه خطأ مطبعي. انسخه مرة أخرى، أو اكتبه كله بأحرف صغيرة.",
		kChainName:            "{name} (chain id {id})",
		kWithdrawConfirmToken: "إرسال {amount} من محفظتك في souq إلى {address}؟ يدفع souq رسوم الشبكة. (رصيدك: {balance}.)",
		kWithdrawConfirmETH:   "إرسال {amount} من محفظتك في souq إلى {address}؟ تُدفع رسوم الشبكة، {gas} على الأكثر، من محفظتك. (رصيدك: {balance}.)",
		kWithdrawNothing:      "لا يوجد سحب ينتظر تأكيدك. أرسل سحب <المبلغ|الكل> <العملة> إلى <عنوان 0x>.",
		kWithdrawAlready:      "هذا السحب قيد التنفيذ بالفعل.",
		kWithdrawSent:         "جارٍ إرسال {amount} إلى {address}. سأخبرك عند تأكيده على الشبكة.",
		kWithdrawTooMuch:      "لا يمكنك سحب {amount}: الحد الأقصى {have}.",
		nDeposit:              "وصلك {amount} في محفظتك في souq. الرصيد: {balance}.",
		nDepositResumed:       "وصلك {amount} في محفظتك في souq. الرصيد: {balance}. يتم الآن دفع الطلب {orders}.",
		nWithdrawn:            "خرج {amount} من محفظتك في souq إلى {address}. المعاملة: {link}",
		nWithdrawFailed:       "لم يتم سحب {amount} إلى {address}: {text}. المال ما زال في محفظتك في souq؛ اكتب محفظة لرؤيته.",
		nPaymentShortfallNet:  "ينقص محفظتك {amount} لدفع الطلب {order}. أرسل {amount} على شبكة {chain} إلى {address} وسيتم الدفع تلقائياً فور وصولها (ينتظر حتى {until}). اكتب محفظة لرؤية رصيدك.",
		uWithdraw:             "سحب 10 USDC إلى 0x… (أو: سحب الكل ETH إلى 0x…)",
		bNo:                   "لا",

		bYes: "نعم", bHelp: "مساعدة", bMenu: "القائمة", bPay: "ادفع", bPayNow: "ادفع الآن", bDecline: "رفض",
		bReceived: "استلمت", bDispute: "نزاع", bRefund: "استرداد", bShipped: "تم الشحن", bAccept: "قبول ورد المبلغ",
		bOrders: "طلباتي", rOrders: "طلباتي", rPoints: "نقاطي", rWallet: "محفظتي", rAgent: "التحدث مع شخص", rLang: "اللغة",
		rMerchant: "أوامر التاجر", rCourier: "أوامر المندوب", rOptOut: "إيقاف العروض", hMenu: "ماذا يمكنني أن أفعل؟", hOrders: "طلباتك",

		uSell:            "بيع 2 قهوة 30 USDC إلى +971 50 123 4567",
		uDispute:         "نزاع <رقم الطلب> <ما المشكلة>",
		uRedeem:          "استبدال 100",
		uRegister:        "تسجيل 0x… (عنوان استلام المدفوعات)",
		uName:            "اسم <اسم متجرك كما سيراه العملاء>",
		uLoyalty:         "ولاء 1 لكل 10 USDC، أو ولاء طوابع 5 USDC",
		uOrder:           "{command} <رقم الطلب>، مثلاً {command} 3f2a1b0c",
		uReply:           "رد <رقم الطلب> <روايتك>",
		uCurrency:        "عملة USDC",
		kCourierAdded:    "أصبح {courier} أحد مندوبيك: يمكنه إرسال صورة تسليم طلباتك. مندوبوك: {list}.",
		kCourierRemoved:  "لم يعد {courier} من مندوبيك ولا يمكنه بعد الآن توصيل طلباتك. مندوبوك: {list}.",
		kCouriers:        "مندوبوك: {list}. هم وأنت فقط يمكنكم إرسال صورة تسليم طلباتك.",
		kCouriersNone:    "ليس لديك مندوبون بعد: أنت فقط يمكنك إرسال صور التسليم. أضف مندوباً بالأمر مندوب أضف <الرقم>.",
		kAssigned:        "أُسند الطلب {order} إلى {courier} وتم إبلاغه. هو فقط (أو أنت) يمكنه إرسال صورة التسليم.",
		kNotCourier:      "لا يرسل صورة تسليم الطلب {order} إلا المندوب الذي أسنده إليه التاجر، أو التاجر نفسه. لم يُسجَّل شيء.",
		kNotNamed:        "{courier} ليس من مندوبيك بعد: أرسل أولاً مندوب أضف {courier}.",
		nCourierAssigned: "طلب منك {merchant} توصيل الطلب {order}: {items}. عند التسليم أرسل توصيل {order}، وشارك موقعك، ثم أرسل الصورة.",
		uCourier:         "مندوب أضف <الرقم> · مندوب احذف <الرقم> · المندوبين",
		uAssign:          "إسناد <رقم الطلب> <رقم المندوب>",
	},
}
