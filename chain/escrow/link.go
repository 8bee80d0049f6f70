package escrow

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// WalletTx is one transaction a wallet must send, in the shape of eth_sendTransaction.
type WalletTx struct {
	Label string         `json:"label"` // "approve", "fund"
	To    common.Address `json:"to"`
	Value *hexutil.Big   `json:"value"`
	Data  hexutil.Bytes  `json:"data"`
}

// PaymentRequest is what a customer needs to fund the escrow from their own wallet: for a wallet
// page (EIP-1193 provider), the transactions to send in order, on ChainID. (No EIP-681 URI: the
// funding calls take the terms as a struct, which EIP-681 parameters cannot carry; the payment
// page's URI pays the customer's deposit address instead, see TokenTransferURI.)
type PaymentRequest struct {
	ChainID uint64         `json:"chainId"`
	Escrow  common.Address `json:"escrow"`
	OrderID common.Hash    `json:"orderId"`
	Token   common.Address `json:"token"` // zero for ETH
	Amount  *hexutil.Big   `json:"amount"`
	Steps   []WalletTx     `json:"steps"`
}

// PaymentRequest builds the wallet transactions that fund an order. For ETH it is one call, fundETH(terms)
// with value = amount. For a token, approve(escrow, amount) on the token then fundToken(terms).
// Whoever pays, refunds go to terms.Buyer, and the id commits to the terms, so a link cannot be
// redirected: other terms would be another order.
func (c *Client) PaymentRequest(t Terms) (PaymentRequest, error) {
	id, err := c.OrderID(t)
	if err != nil {
		return PaymentRequest{}, err
	}
	chain := c.chainID.Uint64()
	pr := PaymentRequest{ChainID: chain, Escrow: c.addr, OrderID: id, Token: t.Token, Amount: (*hexutil.Big)(t.Amount)}
	zero := (*hexutil.Big)(new(big.Int))
	if t.Token == (common.Address{}) {
		pr.Steps = []WalletTx{{Label: "fund", To: c.addr, Value: (*hexutil.Big)(t.Amount), Data: c.abi.PackFundETH(t)}}
	} else {
		pr.Steps = []WalletTx{
			{Label: "approve", To: t.Token, Value: zero, Data: c.token.PackApprove(c.addr, t.Amount)},
			{Label: "fund", To: c.addr, Value: zero, Data: c.abi.PackFundToken(t)},
		}
	}
	return pr, nil
}
