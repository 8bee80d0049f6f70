// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package escrow

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// EscrowTerms is an auto generated low-level Go binding around an user-defined struct.
type EscrowTerms struct {
	Seller           common.Address
	Payee            common.Address
	Buyer            common.Address
	Token            common.Address
	Amount           *big.Int
	Attester         common.Address
	DeliverBy        uint64
	InspectionPeriod uint32
	OfferHash        [32]byte
}

// EscrowMetaData contains all meta data concerning the Escrow contract.
var EscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialTreasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialArbiter\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"initialFeeBps\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"}],\"name\":\"FutureDelivery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"name\":\"InspectionOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"name\":\"InspectionRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"}],\"name\":\"LateDelivery\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotArbiter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSeller\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayoutFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"ShortTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"buyerAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SplitTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"internalType\":\"enumEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"}],\"name\":\"ArbiterChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"Disputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumEscrow.RefundReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sellerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byBuyer\",\"type\":\"bool\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"buyerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sellerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasuryChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CONFIRM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELIVERY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISPUTE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INSPECTION_PERIOD\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REFUND_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"structHash\",\"type\":\"bytes32\"}],\"name\":\"actDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"arbiter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"confirmReceipt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"confirmReceiptBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"}],\"name\":\"deliveryDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"dispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"disputeBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"fees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"fundETH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"fundToken\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundTokenByPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundTokenWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"orderId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"}],\"name\":\"orders\",\"outputs\":[{\"internalType\":\"enumEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"permitDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"refundBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"refundExpired\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"buyerAmount\",\"type\":\"uint256\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newArbiter\",\"type\":\"address\"}],\"name\":\"setArbiter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"newFeeBps\",\"type\":\"uint16\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newTreasury\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdrawFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Escrow",
	Bin: "0x61016080604052346102f057608081613fd5803803809161002082856102f4565b8339810103126102f0576100338161032b565b906100406020820161032b565b606061004e6040840161032b565b9201519061ffff8216938483036102f0576040519061006e6040836102f4565b600b8252602082016a736f757120457363726f7760a81b8152604051926100966040856102f4565b60018452603160f81b60208501908152926001600160a01b031680156102dd57600180546001600160a01b03199081169091555f8054918216831781556001600160a01b03909116907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a361010c8161033f565b610120526101198461033f565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261018260c0826102f4565b5190206080523060c0526001600160a01b03169081156102ce57600754927fc714d22a2f08b695f81e7c707058db484aa5b4d6b4c9fd64beb10fe85832f6086020604051858152a16001600160a01b031680156102ce57600880546001600160a01b031916821790556040519081527fed09dd09a633c9b0b1e25be13667a88772e82a16f68172a8f7ba0f22b303fef890602090a16103e884116102bb576001600160b01b03199092161760a09190911b61ffff60a01b16176007556040519081527f931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e24390602090a1604051613c2a90816103ab82396080518161398d015260a05181613a44015260c0518161395e015260e051816139dc01526101005181613a02015261012051816116d7015261014051816117010152f35b83638ea70c0760e01b5f5260045260245ffd5b63d92e233d60e01b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761031757604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036102f057565b601f81511161036a57602081519101516020821061035b571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c908163121e80dd1461276357508063164e68de146125dd57806317ccb307146125855780631965ffd8146125465780631c9c088a1461246c5780631e69ef401461241457806324a9d853146123d2578063284d2d681461237a5780632a114af21461228f5780633b00532b146120865780633e6d90e914611f335780633f4ba83a14611e755780635a408e7a14611cbd5780635c975abb14611c7957806361d027b314611c27578063637cd7f014611bae57806366b0cada14611b72578063715018a614611aae57806379ba5097146119a45780637caba5df146119075780637d1d8323146118ae5780638456cb59146117d557806384b0196e1461169f5780638c2ab2361461160e5780638da5cb5b146115bd5780638e005553146114cb57806395d73aca146113a85780639c3f1e90146112f75780639f949ad21461125d578063a33730c314611199578063b4ba017614611084578063ba539b5c14610ecd578063bba4054a14610e91578063d55be8c614610e56578063d8786e9614610cba578063db44643214610b47578063e30c397814610af5578063ebad4754146106dd578063f0f4426014610629578063f2fde38b1461056a578063f698da2514610529578063f940e3851461033c578063faaebd21146102d9578063fb1a7150146102615763fe25e00a1461020d575f80fd5b3461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e57602073ffffffffffffffffffffffffffffffffffffffff60085416604051908152f35b80fd5b503461025e576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e5760209061029d612dbd565b6102a5612f47565b906102af33613378565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b503461025e5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e57604060209173ffffffffffffffffffffffffffffffffffffffff61032b6127d5565b168152600683522054604051908152f35b503461025e5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e576103746127d5565b9061037d6127f8565b610385612dbd565b73ffffffffffffffffffffffffffffffffffffffff8116156105015733825260056020526040822073ffffffffffffffffffffffffffffffffffffffff84165f5260205260405f20549081156104d95773ffffffffffffffffffffffffffffffffffffffff83943385526005602052604085208282165f526020528460405f205516806040517fa4195c37c2947bbe89165f03e320b6903116f0b10d8cfdb522330f7ce6f9fa2433918061045d8888836020909392919373ffffffffffffffffffffffffffffffffffffffff60408201951681520152565b0390a3806104ca575082809281925af1610475612a1e565b50156104a2575b807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b807f3b1ab1040000000000000000000000000000000000000000000000000000000060049252fd5b6104d49350612e31565b61047c565b6004837fd0d04f60000000000000000000000000000000000000000000000000000000008152fd5b6004827fd92e233d000000000000000000000000000000000000000000000000000000008152fd5b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e576020610562613947565b604051908152f35b503461025e5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e5773ffffffffffffffffffffffffffffffffffffffff6105b76127d5565b6105bf612efb565b16807fffffffffffffffffffffffff0000000000000000000000000000000000000000600154161760015573ffffffffffffffffffffffffffffffffffffffff8254167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b503461025e5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e5773ffffffffffffffffffffffffffffffffffffffff6106766127d5565b61067e612efb565b168015610501576020817fc714d22a2f08b695f81e7c707058db484aa5b4d6b4c9fd64beb10fe85832f608927fffffffffffffffffffffffff00000000000000000000000000000000000000006007541617600755604051908152a180f35b503461025e576106ec366128be565b919093926106f8612dbd565b61070184612c47565b928387526004602052604087209586549160ff83166007811015610ac85760018103610a93575060c087019167ffffffffffffffff61073f84612d97565b169267ffffffffffffffff8716938411610a505750428311610a245790610803916107f260405160208101907f0f28b9443eed8ac077133c37aa09f16b2dbbdbd1d14eddb285fe6ad93e29250882528a6040820152886060820152866080820152608081526107af60a0826129b0565b5190206107ba613947565b604291604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b6107fe60a08b01612ac1565b613853565b156109fc5760e086019363ffffffff61081b86612dac565b1667ffffffffffffffff4216019267ffffffffffffffff84116109cf576108db9467ffffffffffffffff8589957f3650837ffd91cbeb35900d3f3c0a95442c08e65efd7cf866371d96d195843968956060957fffffffffffffffffffffffffff00000000000000000000000000000000ffffff6affffffffffffffff00000072ffffffffffffffff000000000000000000000063ffffffff9e9c60581b169360181b16911617178d556040519384526020840152166040820152a2612dac565b1661099f5761099961047c936080840135926108ff61ffff835460081c16856131d0565b9160047fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790557f90ae71379a745075403a5787e89a9a77213d1591f76b5fa650315d0665c06c5f60606109568487612ae2565b604051908152846020820152896040820152a2610993602061098c606087016109878561098283612ac1565b613280565b612ac1565b9501612ac1565b92612ae2565b916132b9565b505060027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905561047c565b60248a7f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b6004887f5cd5d233000000000000000000000000000000000000000000000000000000008152fd5b60248a847f5986ca0e000000000000000000000000000000000000000000000000000000008252600452fd5b8a67ffffffffffffffff85610a66604494612d97565b907f6422ab2200000000000000000000000000000000000000000000000000000000845260045216602452fd5b89610ac6604492897f9d819744000000000000000000000000000000000000000000000000000000008452600452612935565bfd5b60248a7f4e487b710000000000000000000000000000000000000000000000000000000081526021600452fd5b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e57602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b503461025e57610bd290610b5a36612943565b90610b66959295612dbd565b610b6f84612c47565b95610b7985612ac1565b60405160208101907f2b4a9f6c36c70f337a1b523a2ad9470f4f62cce2fc1d4ed1acc0f118c9b5630f825289604082015267ffffffffffffffff8416606082015260608152610bc96080826129b0565b519020906136ac565b82825260046020526040822060ff815416600781101580610c8d5760018214159081610c80575b81610c42575b50610c0f575061047c92936137d7565b83610ac6604492877f9d819744000000000000000000000000000000000000000000000000000000008452600452612935565b9050610c535760038114155f610bff565b6024847f4e487b710000000000000000000000000000000000000000000000000000000081526021600452fd5b5050600281141584610bf9565b6024857f4e487b710000000000000000000000000000000000000000000000000000000081526021600452fd5b503461025e576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e57610cf3612dbd565b610cfb612b1c565b80825260046020526040822060ff8154166007811015610c535760018103610e23575067ffffffffffffffff610d2f612d80565b16421115610de65760057fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055608435907f3f53756480d822ddf3ce02658d77fd50417a0e09c14a8fff7fe821c0513db7b56040805184815260016020820152a26064359073ffffffffffffffffffffffffffffffffffffffff82168203610de25760443573ffffffffffffffffffffffffffffffffffffffff81168103610dde5761047c926132b9565b8380fd5b8280fd5b60248367ffffffffffffffff610dfa612d80565b7fb8b9256700000000000000000000000000000000000000000000000000000000835216600452fd5b83610ac6604492857f9d819744000000000000000000000000000000000000000000000000000000008452600452612935565b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e5760206040516103e88152f35b503461025e576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e57506020610562612b1c565b503461025e576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e57610f06612dbd565b610f0e612b1c565b80825260046020526040822090815460ff81166007811015610c8d5760028103611051575067ffffffffffffffff9060581c16804210611026575060843590610f5f61ffff845460081c16836131d0565b9260047fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790557f90ae71379a745075403a5787e89a9a77213d1591f76b5fa650315d0665c06c5f6060610fb68585612ae2565b604051908152856020820152866040820152a26064359073ffffffffffffffffffffffffffffffffffffffff82168203610dde57610ff48383613280565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036110225761047c9361099991612ae2565b8480fd5b7f25ab75ff000000000000000000000000000000000000000000000000000000008452600452602483fd5b84610ac6604492857f9d819744000000000000000000000000000000000000000000000000000000008452600452612935565b503461025e577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36016101a08112611195576101201361025e576110c661283c565b6110ce612dbd565b816110d7612f47565b9173ffffffffffffffffffffffffffffffffffffffff6110f5612a7b565b1690813b15610de2576040517fd505accf00000000000000000000000000000000000000000000000000000000815233600482015230602482015260848035604483015261012435606483015260ff92909216918101919091526101643560a48201526101843560c48201529190829060e490829084905af1611180575b506020916102af33613378565b61118b8380926129b0565b611195575f611173565b5080fd5b503461025e5761121e906111ac36612943565b906111b8959295612dbd565b6111c184612c47565b956111ce60408601612ac1565b60405160208101907f4293086356d8b3c4943f237c655a7a56c4896a300682925478d4e6fd6783fc0d825289604082015267ffffffffffffffff8416606082015260608152610bc96080826129b0565b82825260046020526040822060ff8154166007811015610c5357600181141580611252575b610c0f575061047c9293613733565b506002811415611243565b503461025e5760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e576044359067ffffffffffffffff821680920361025e57602061056283604051838101917f0f28b9443eed8ac077133c37aa09f16b2dbbdbd1d14eddb285fe6ad93e2925088352600435604083015260243560608301526080820152608081526107af60a0826129b0565b503461025e5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e576004358152600460205260408120549060ff821660405191600782101561137b575060809267ffffffffffffffff91835261ffff8160081c166020840152818160181c16604084015260581c166060820152f35b807f4e487b7100000000000000000000000000000000000000000000000000000000602492526021600452fd5b503461025e576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e576113e1612dbd565b60043573ffffffffffffffffffffffffffffffffffffffff811690818103610de2575033036114a357611412612b1c565b8082526004602052604082209060ff825416600781101580610c8d5760018214159081611496575b81611485575b50611452575061047c916004916137d7565b610ac684916044937f9d819744000000000000000000000000000000000000000000000000000000008452600452612935565b9050610c535760038114155f611440565b505060028114158461143a565b807f5ec823510000000000000000000000000000000000000000000000000000000060049252fd5b503461025e5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e5760043561ffff811690818103610de257611513612efb565b6103e88211611591577f931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e243916020917fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff75ffff00000000000000000000000000000000000000006007549260a01b16911617600755604051908152a180f35b602483837f8ea70c07000000000000000000000000000000000000000000000000000000008252600452fd5b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e5773ffffffffffffffffffffffffffffffffffffffff6020915416604051908152f35b503461025e5761047c61169a611623366128be565b9161162f959395612dbd565b611644604061163d87612c47565b9601612ac1565b60405160208101907f878f932843dda82caf8052bb55dd6cf58c147591edc4ceeac0cd14c8bacc8214825287604082015288606082015267ffffffffffffffff8416608082015260808152610bc960a0826129b0565b613588565b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e57611779906116fb7f0000000000000000000000000000000000000000000000000000000000000000613ada565b906117257f0000000000000000000000000000000000000000000000000000000000000000613ada565b9060206117876040519361173983866129b0565b8385525f3681376040519687967f0f00000000000000000000000000000000000000000000000000000000000000885260e08589015260e088019061284d565b90868203604088015261284d565b904660608601523060808601528260a086015284820360c08601528080855193848152019401925b8281106117be57505050500390f35b8351855286955093810193928101926001016117af565b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e5761180c612efb565b60075460ff8160b01c16611886577fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff7601000000000000000000000000000000000000000000009116176007557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a180f35b6004827fd93c0665000000000000000000000000000000000000000000000000000000008152fd5b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e5760206040517f0f28b9443eed8ac077133c37aa09f16b2dbbdbd1d14eddb285fe6ad93e2925088152f35b503461025e577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36016101408112611195576101201361025e57611949612dbd565b73ffffffffffffffffffffffffffffffffffffffff611966612a9e565b16330361197c5761047c6101243561169a612b1c565b807f472e017e0000000000000000000000000000000000000000000000000000000060049252fd5b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e573373ffffffffffffffffffffffffffffffffffffffff6001541603611a82577fffffffffffffffffffffffff0000000000000000000000000000000000000000600154166001558054337fffffffffffffffffffffffff0000000000000000000000000000000000000000821617825573ffffffffffffffffffffffffffffffffffffffff3391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b807f118cdaa7000000000000000000000000000000000000000000000000000000006024925233600452fd5b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e57611ae5612efb565b7fffffffffffffffffffffffff0000000000000000000000000000000000000000600154166001558073ffffffffffffffffffffffffffffffffffffffff81547fffffffffffffffffffffffff000000000000000000000000000000000000000081168355167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a380f35b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e5760206040516276a7008152f35b503461025e5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e5773ffffffffffffffffffffffffffffffffffffffff6040611bfd6127d5565b9282611c076127f8565b9416815260056020522091165f52602052602060405f2054604051908152f35b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e57602073ffffffffffffffffffffffffffffffffffffffff60075416604051908152f35b503461025e57807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261025e57602060ff60075460b01c166040519015158152f35b5034611e45577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36016101a08112611e455761012013611e4557610124359067ffffffffffffffff8216809203611e4557611d1661283c565b90611d1f612dbd565b611d27612f47565b91834211611e495773ffffffffffffffffffffffffffffffffffffffff611d4c612a7b565b16611d55612a9e565b90803b15611e45576040517fd505accf00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90921660048301523060248301526084803560448401527fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008616909617606483015260ff909216948101949094526101643560a48501526101843560c48501525f90849081838160e4810103925af1928315611e3a57602093611e27575b506102af611e22612a9e565b613378565b611e3391505f906129b0565b5f5f611e16565b6040513d5f823e3d90fd5b5f80fd5b837ffcd4a11f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34611e45575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e4557611eab612efb565b60075460ff8160b01c1615611f0b577fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff166007557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b7f8dfc202b000000000000000000000000000000000000000000000000000000005f5260045ffd5b34611e45576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e4557611f6b612dbd565b73ffffffffffffffffffffffffffffffffffffffff611f88612a9e565b16330361205e57611f97612b1c565b805f52600460205260405f209060ff825416600781101561203157600181141580612026575b611ff257611fcd60048484613733565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b612021917f9d819744000000000000000000000000000000000000000000000000000000005f52600452612935565b60445ffd5b506002811415611fbd565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f472e017e000000000000000000000000000000000000000000000000000000005f5260045ffd5b34611e45577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36016101408112611e455761012013611e4557610124356120cb612dbd565b73ffffffffffffffffffffffffffffffffffffffff600854163303612267576120f2612b1c565b90815f52600460205260405f209081549060ff8216600781101561203157600381036122375750608435938482116122075761214461ffff612139846121d0969798612ae2565b9560081c16856131d0565b9460067fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790557ffe0c7bc3e6a26396f4d85ec6e9858901c2943beca85b5b74826a2c30cc2546e3606061219b8787612ae2565b604051908582526020820152876040820152a26121ba84610982612a7b565b6121c2612a7b565b6121ca612a9e565b906132b9565b6121d8612a7b565b906024359073ffffffffffffffffffffffffffffffffffffffff82168203611e4557611fcd9361099991612ae2565b84827fa9c6b137000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b61202190857f9d819744000000000000000000000000000000000000000000000000000000005f52600452612935565b7fccb665a6000000000000000000000000000000000000000000000000000000005f5260045ffd5b6101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e45576122c2612dbd565b73ffffffffffffffffffffffffffffffffffffffff6122df612a7b565b16612352576084358034036123235760206122f8612f47565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b7f195a3ca1000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b7f0256965f000000000000000000000000000000000000000000000000000000005f5260045ffd5b34611e45575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e455760206040517f878f932843dda82caf8052bb55dd6cf58c147591edc4ceeac0cd14c8bacc82148152f35b34611e45575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e4557602061ffff60075460a01c16604051908152f35b34611e45575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e455760206040517f2b4a9f6c36c70f337a1b523a2ad9470f4f62cce2fc1d4ed1acc0f118c9b5630f8152f35b34611e455760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e455773ffffffffffffffffffffffffffffffffffffffff6124b86127d5565b6124c0612efb565b16801561251e576020817fed09dd09a633c9b0b1e25be13667a88772e82a16f68172a8f7ba0f22b303fef8927fffffffffffffffffffffffff00000000000000000000000000000000000000006008541617600855604051908152a1005b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b34611e455760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e455760206105626004356107ba613947565b34611e45575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e455760206040517f4293086356d8b3c4943f237c655a7a56c4896a300682925478d4e6fd6783fc0d8152f35b34611e455760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e455773ffffffffffffffffffffffffffffffffffffffff6126296127d5565b612631612dbd565b16805f52600660205260405f2054801561273b5773ffffffffffffffffffffffffffffffffffffffff60075416825f5260066020525f6040812055827f5e110f8bc8a20b65dcc87f224bdf1cc039346e267118bae2739847f07321ffa8604051806126c08686836020909392919373ffffffffffffffffffffffffffffffffffffffff60408201951681520152565b0390a28261272d575f809350809281925af16126da612a1e565b5015612705575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f3b1ab104000000000000000000000000000000000000000000000000000000005f5260045ffd5b61273692612e31565b611fcd565b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b34611e455760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112611e45576024359067ffffffffffffffff8216809203611e45576020917fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000060043516178152f35b6004359073ffffffffffffffffffffffffffffffffffffffff82168203611e4557565b6024359073ffffffffffffffffffffffffffffffffffffffff82168203611e4557565b359073ffffffffffffffffffffffffffffffffffffffff82168203611e4557565b610144359060ff82168203611e4557565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b9181601f84011215611e455782359167ffffffffffffffff8311611e455760208381860195010111611e4557565b907ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc82016101808112611e455761012013611e455760049161012435916101443567ffffffffffffffff81168103611e455791610164359067ffffffffffffffff8211611e455761293191600401612890565b9091565b600781101561203157602452565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc81016101608112611e455761012013611e45576004916101243567ffffffffffffffff81168103611e455791610144359067ffffffffffffffff8211611e455761293191600401612890565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176129f157604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b3d15612a76573d9067ffffffffffffffff82116129f15760405191612a6b601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016602001846129b0565b82523d5f602084013e565b606090565b60643573ffffffffffffffffffffffffffffffffffffffff81168103611e455790565b60443573ffffffffffffffffffffffffffffffffffffffff81168103611e455790565b3573ffffffffffffffffffffffffffffffffffffffff81168103611e455790565b91908203918211612aef57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b604051602081019046825230604082015260043573ffffffffffffffffffffffffffffffffffffffff8116809103611e4557606082015260243573ffffffffffffffffffffffffffffffffffffffff8116809103611e4557608082015260443573ffffffffffffffffffffffffffffffffffffffff8116809103611e455760a082015260643573ffffffffffffffffffffffffffffffffffffffff8116809103611e455760c082015260843560e082015260a43573ffffffffffffffffffffffffffffffffffffffff8116809103611e455761010082015260c43567ffffffffffffffff8116809103611e455761012082015260e43563ffffffff8116809103611e4557610140820152610104356101608201526101608152612c41610180826129b0565b51902090565b604051602081019146835230604083015273ffffffffffffffffffffffffffffffffffffffff612c768261281b565b16606083015273ffffffffffffffffffffffffffffffffffffffff612c9d6020830161281b565b16608083015273ffffffffffffffffffffffffffffffffffffffff612cc46040830161281b565b1660a083015273ffffffffffffffffffffffffffffffffffffffff612ceb6060830161281b565b1660c0830152608081013560e083015273ffffffffffffffffffffffffffffffffffffffff612d1c60a0830161281b565b1661010083015260c081013567ffffffffffffffff81168103611e455767ffffffffffffffff1661012083015260e08101359063ffffffff8216809203611e45576101009161014084015201356101608201526101608152612c41610180826129b0565b60c43567ffffffffffffffff81168103611e455790565b3567ffffffffffffffff81168103611e455790565b3563ffffffff81168103611e455790565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c612e095760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b9173ffffffffffffffffffffffffffffffffffffffff604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f5114821615612eda575b60405215612e985750565b73ffffffffffffffffffffffffffffffffffffffff907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b906001811516612ef257823b15153d15161690612e8d565b503d5f823e3d90fd5b73ffffffffffffffffffffffffffffffffffffffff5f54163303612f1b57565b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6007549060ff8260b01c166131a85760043573ffffffffffffffffffffffffffffffffffffffff811690818103611e45578115801561317e575b8015613154575b801561312a575b8015613120575b8015613100575b80156130e2575b61235257612fb26004612c47565b93845f52600460205260405f209060ff8254166007811015612031576130b65781547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000001660989190911c62ffff001617600117905573ffffffffffffffffffffffffffffffffffffffff6044359081169190828103611e4557505060643573ffffffffffffffffffffffffffffffffffffffff811690818103611e45575060243573ffffffffffffffffffffffffffffffffffffffff811690818103611e455786927fa91b153ecfa5553fef41c278bf76189dc942991609496921f084e51a3cb4313c926080925060405191825260843560208301526040820152336060820152a4565b857f129bcbc4000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060e43563ffffffff8116808203611e45576276a700915011612fa4565b5060c43567ffffffffffffffff811690818103611e455750421015612f9d565b5060843515612f96565b5060a43573ffffffffffffffffffffffffffffffffffffffff811690818103611e45575015612f8f565b5060443573ffffffffffffffffffffffffffffffffffffffff811690818103611e45575015612f88565b5060243573ffffffffffffffffffffffffffffffffffffffff811690818103611e45575015612f81565b7fd93c0665000000000000000000000000000000000000000000000000000000005f5260045ffd5b9190915f907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff84820990848102928380841093039280840393146132665782612710111561325457507fbc01a36e2eb1c432ca57a786c226809d495182a9930be0ded288ce703afb7e919394612710910990828211900360fc1b910360041c170290565b634e487b71905260116020526024601cfd5b5050506127109192500490565b91908201809211612aef57565b81613289575050565b73ffffffffffffffffffffffffffffffffffffffff165f5260066020526132b560405f20918254613273565b9055565b91909181156133735773ffffffffffffffffffffffffffffffffffffffff8116806132ff57505f808080858761c350f15b156132f457505050565b6132fd92613a6a565b565b604051907fa9059cbb000000000000000000000000000000000000000000000000000000005f5273ffffffffffffffffffffffffffffffffffffffff85166004528360245260205f60448180855af19060015f5114821615613366575b50906040526132ea565b3b15153d1516165f61335c565b505050565b6064359073ffffffffffffffffffffffffffffffffffffffff821691828103611e4557821561235257506040517f70a08231000000000000000000000000000000000000000000000000000000008152306004820152602081602481865afa908115611e3a575f91613556575b506084359273ffffffffffffffffffffffffffffffffffffffff604051937f23b872dd000000000000000000000000000000000000000000000000000000005f5216600452306024528360445260205f60648180855af160015f5114811615613537575b836040525f6060521561350c57826024816020937f70a082310000000000000000000000000000000000000000000000000000000082523060048301525afa8015611e3a575f906134d8575b61349f9250612ae2565b8181036134aa575050565b7f857dd552000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b506020823d602011613504575b816134f2602093836129b0565b81010312611e455761349f9151613495565b3d91506134e5565b7f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600181151661354d57813b15153d151616613449565b833d5f823e3d90fd5b90506020813d602011613580575b81613571602093836129b0565b81010312611e4557515f6133e5565b3d9150613564565b90815f52600460205260405f20805460ff811690600782101561203157600282036136485767ffffffffffffffff915060581c168042101561361d57507f8e39eab2c454d024fb5c89b50dabc51f5068c7a283891d06aa91f5ba96acded1916020915b60037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055604051908152a2565b7f20da7286000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001810361367c57507f8e39eab2c454d024fb5c89b50dabc51f5068c7a283891d06aa91f5ba96acded1916020916135eb565b61202190847f9d819744000000000000000000000000000000000000000000000000000000005f52600452612935565b909493929167ffffffffffffffff1680421161370857506136d36136d994956107ba613947565b90613853565b156136e057565b7f5cd5d233000000000000000000000000000000000000000000000000000000005f5260045ffd5b7ffcd4a11f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6109996132fd939260808401359261375361ffff835460081c16856131d0565b9160047fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790557f90ae71379a745075403a5787e89a9a77213d1591f76b5fa650315d0665c06c5f60606137aa8487612ae2565b60405190815284602082015260016040820152a2610993602061098c606087016109878561098283612ac1565b90916132fd9260057fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556080810135917f3f53756480d822ddf3ce02658d77fd50417a0e09c14a8fff7fe821c0513db7b5604080518581525f6020820152a26121ca604061384c60608401612ac1565b9201612ac1565b90929192613862838583613b31565b50600481101561203157159081613924575b5061391b5760647fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f855f96602098604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161690565b50505050600190565b905073ffffffffffffffffffffffffffffffffffffffff8084169116145f613874565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016301480613a41575b156139af577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152612c4160c0826129b0565b507f00000000000000000000000000000000000000000000000000000000000000004614613986565b821561337357602073ffffffffffffffffffffffffffffffffffffffff807f4e45da441832cf53bdaa69235704fc0575e68210f459ee1562911024b12967d5931693845f526005835260405f208282165f52835260405f20613acd878254613273565b90556040519586521693a3565b60ff811690601f8211613b095760405191613af66040846129b0565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b9060418303613b5b57613b549250602081013591604082359201355f1a90613b65565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613be9579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611e3a575f5173ffffffffffffffffffffffffffffffffffffffff811615613bdf57905f905f90565b505f906001905f90565b5050505f916003919056fea2646970667358221220cd99362f3c9524926e6e179cb1ff0571bc9ed735a83a0f76beafe935c31c806a64736f6c634300081e0033",
}

// Escrow is an auto generated Go binding around an Ethereum contract.
type Escrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Escrow) GetABI() abi.ABI {
	return c.abi
}

// NewEscrow creates a new instance of Escrow.
func NewEscrow() *Escrow {
	parsed, err := EscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Escrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Escrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, address initialTreasury, address initialArbiter, uint16 initialFeeBps) returns()
func (escrow *Escrow) PackConstructor(initialOwner common.Address, initialTreasury common.Address, initialArbiter common.Address, initialFeeBps uint16) []byte {
	enc, err := escrow.abi.Pack("", initialOwner, initialTreasury, initialArbiter, initialFeeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCONFIRMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17ccb307.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONFIRM_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackCONFIRMTYPEHASH() []byte {
	enc, err := escrow.abi.Pack("CONFIRM_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONFIRMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17ccb307.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONFIRM_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackCONFIRMTYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("CONFIRM_TYPEHASH")
}

// UnpackCONFIRMTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17ccb307.
//
// Solidity: function CONFIRM_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackCONFIRMTYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("CONFIRM_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDELIVERYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d1d8323.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DELIVERY_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackDELIVERYTYPEHASH() []byte {
	enc, err := escrow.abi.Pack("DELIVERY_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDELIVERYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d1d8323.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DELIVERY_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackDELIVERYTYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("DELIVERY_TYPEHASH")
}

// UnpackDELIVERYTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d1d8323.
//
// Solidity: function DELIVERY_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackDELIVERYTYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("DELIVERY_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDISPUTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x284d2d68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DISPUTE_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackDISPUTETYPEHASH() []byte {
	enc, err := escrow.abi.Pack("DISPUTE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDISPUTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x284d2d68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DISPUTE_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackDISPUTETYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("DISPUTE_TYPEHASH")
}

// UnpackDISPUTETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x284d2d68.
//
// Solidity: function DISPUTE_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackDISPUTETYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("DISPUTE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (escrow *Escrow) PackMAXFEEBPS() []byte {
	enc, err := escrow.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (escrow *Escrow) TryPackMAXFEEBPS() ([]byte, error) {
	return escrow.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (escrow *Escrow) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := escrow.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXINSPECTIONPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66b0cada.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INSPECTION_PERIOD() view returns(uint32)
func (escrow *Escrow) PackMAXINSPECTIONPERIOD() []byte {
	enc, err := escrow.abi.Pack("MAX_INSPECTION_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINSPECTIONPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66b0cada.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INSPECTION_PERIOD() view returns(uint32)
func (escrow *Escrow) TryPackMAXINSPECTIONPERIOD() ([]byte, error) {
	return escrow.abi.Pack("MAX_INSPECTION_PERIOD")
}

// UnpackMAXINSPECTIONPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66b0cada.
//
// Solidity: function MAX_INSPECTION_PERIOD() view returns(uint32)
func (escrow *Escrow) UnpackMAXINSPECTIONPERIOD(data []byte) (uint32, error) {
	out, err := escrow.abi.Unpack("MAX_INSPECTION_PERIOD", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackREFUNDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e69ef40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REFUND_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackREFUNDTYPEHASH() []byte {
	enc, err := escrow.abi.Pack("REFUND_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREFUNDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e69ef40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REFUND_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackREFUNDTYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("REFUND_TYPEHASH")
}

// UnpackREFUNDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e69ef40.
//
// Solidity: function REFUND_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackREFUNDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("REFUND_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (escrow *Escrow) PackAcceptOwnership() []byte {
	enc, err := escrow.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (escrow *Escrow) TryPackAcceptOwnership() ([]byte, error) {
	return escrow.abi.Pack("acceptOwnership")
}

// PackActDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1965ffd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function actDigest(bytes32 structHash) view returns(bytes32)
func (escrow *Escrow) PackActDigest(structHash [32]byte) []byte {
	enc, err := escrow.abi.Pack("actDigest", structHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1965ffd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function actDigest(bytes32 structHash) view returns(bytes32)
func (escrow *Escrow) TryPackActDigest(structHash [32]byte) ([]byte, error) {
	return escrow.abi.Pack("actDigest", structHash)
}

// UnpackActDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1965ffd8.
//
// Solidity: function actDigest(bytes32 structHash) view returns(bytes32)
func (escrow *Escrow) UnpackActDigest(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("actDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackArbiter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe25e00a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arbiter() view returns(address)
func (escrow *Escrow) PackArbiter() []byte {
	enc, err := escrow.abi.Pack("arbiter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArbiter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe25e00a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arbiter() view returns(address)
func (escrow *Escrow) TryPackArbiter() ([]byte, error) {
	return escrow.abi.Pack("arbiter")
}

// UnpackArbiter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe25e00a.
//
// Solidity: function arbiter() view returns(address)
func (escrow *Escrow) UnpackArbiter(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("arbiter", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackConfirmReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e6d90e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmReceipt((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) PackConfirmReceipt(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("confirmReceipt", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e6d90e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmReceipt((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) TryPackConfirmReceipt(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("confirmReceipt", terms)
}

// PackConfirmReceiptBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa33730c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmReceiptBySig((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint64 deadline, bytes signature) returns()
func (escrow *Escrow) PackConfirmReceiptBySig(terms EscrowTerms, deadline uint64, signature []byte) []byte {
	enc, err := escrow.abi.Pack("confirmReceiptBySig", terms, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmReceiptBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa33730c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmReceiptBySig((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint64 deadline, bytes signature) returns()
func (escrow *Escrow) TryPackConfirmReceiptBySig(terms EscrowTerms, deadline uint64, signature []byte) ([]byte, error) {
	return escrow.abi.Pack("confirmReceiptBySig", terms, deadline, signature)
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x637cd7f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(address account, address token) view returns(uint256)
func (escrow *Escrow) PackCredits(account common.Address, token common.Address) []byte {
	enc, err := escrow.abi.Pack("credits", account, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x637cd7f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(address account, address token) view returns(uint256)
func (escrow *Escrow) TryPackCredits(account common.Address, token common.Address) ([]byte, error) {
	return escrow.abi.Pack("credits", account, token)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x637cd7f0.
//
// Solidity: function credits(address account, address token) view returns(uint256)
func (escrow *Escrow) UnpackCredits(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("credits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebad4754.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, bytes32 proofHash, uint64 deliveredAt, bytes signature) returns()
func (escrow *Escrow) PackDeliver(terms EscrowTerms, proofHash [32]byte, deliveredAt uint64, signature []byte) []byte {
	enc, err := escrow.abi.Pack("deliver", terms, proofHash, deliveredAt, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebad4754.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, bytes32 proofHash, uint64 deliveredAt, bytes signature) returns()
func (escrow *Escrow) TryPackDeliver(terms EscrowTerms, proofHash [32]byte, deliveredAt uint64, signature []byte) ([]byte, error) {
	return escrow.abi.Pack("deliver", terms, proofHash, deliveredAt, signature)
}

// PackDeliveryDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f949ad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliveryDigest(bytes32 id, bytes32 proofHash, uint64 deliveredAt) view returns(bytes32)
func (escrow *Escrow) PackDeliveryDigest(id [32]byte, proofHash [32]byte, deliveredAt uint64) []byte {
	enc, err := escrow.abi.Pack("deliveryDigest", id, proofHash, deliveredAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliveryDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f949ad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliveryDigest(bytes32 id, bytes32 proofHash, uint64 deliveredAt) view returns(bytes32)
func (escrow *Escrow) TryPackDeliveryDigest(id [32]byte, proofHash [32]byte, deliveredAt uint64) ([]byte, error) {
	return escrow.abi.Pack("deliveryDigest", id, proofHash, deliveredAt)
}

// UnpackDeliveryDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f949ad2.
//
// Solidity: function deliveryDigest(bytes32 id, bytes32 proofHash, uint64 deliveredAt) view returns(bytes32)
func (escrow *Escrow) UnpackDeliveryDigest(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("deliveryDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7caba5df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, bytes32 reasonHash) returns()
func (escrow *Escrow) PackDispute(terms EscrowTerms, reasonHash [32]byte) []byte {
	enc, err := escrow.abi.Pack("dispute", terms, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7caba5df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, bytes32 reasonHash) returns()
func (escrow *Escrow) TryPackDispute(terms EscrowTerms, reasonHash [32]byte) ([]byte, error) {
	return escrow.abi.Pack("dispute", terms, reasonHash)
}

// PackDisputeBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2ab236.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeBySig((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, bytes32 reasonHash, uint64 deadline, bytes signature) returns()
func (escrow *Escrow) PackDisputeBySig(terms EscrowTerms, reasonHash [32]byte, deadline uint64, signature []byte) []byte {
	enc, err := escrow.abi.Pack("disputeBySig", terms, reasonHash, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2ab236.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeBySig((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, bytes32 reasonHash, uint64 deadline, bytes signature) returns()
func (escrow *Escrow) TryPackDisputeBySig(terms EscrowTerms, reasonHash [32]byte, deadline uint64, signature []byte) ([]byte, error) {
	return escrow.abi.Pack("disputeBySig", terms, reasonHash, deadline, signature)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (escrow *Escrow) PackDomainSeparator() []byte {
	enc, err := escrow.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (escrow *Escrow) TryPackDomainSeparator() ([]byte, error) {
	return escrow.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (escrow *Escrow) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (escrow *Escrow) PackEip712Domain() []byte {
	enc, err := escrow.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (escrow *Escrow) TryPackEip712Domain() ([]byte, error) {
	return escrow.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (escrow *Escrow) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := escrow.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint16)
func (escrow *Escrow) PackFeeBps() []byte {
	enc, err := escrow.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint16)
func (escrow *Escrow) TryPackFeeBps() ([]byte, error) {
	return escrow.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (escrow *Escrow) UnpackFeeBps(data []byte) (uint16, error) {
	out, err := escrow.abi.Unpack("feeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaaebd21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fees(address token) view returns(uint256)
func (escrow *Escrow) PackFees(token common.Address) []byte {
	enc, err := escrow.abi.Pack("fees", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaaebd21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fees(address token) view returns(uint256)
func (escrow *Escrow) TryPackFees(token common.Address) ([]byte, error) {
	return escrow.abi.Pack("fees", token)
}

// UnpackFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfaaebd21.
//
// Solidity: function fees(address token) view returns(uint256)
func (escrow *Escrow) UnpackFees(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("fees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFundETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a114af2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundETH((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) payable returns(bytes32 id)
func (escrow *Escrow) PackFundETH(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("fundETH", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a114af2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundETH((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) payable returns(bytes32 id)
func (escrow *Escrow) TryPackFundETH(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("fundETH", terms)
}

// UnpackFundETH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a114af2.
//
// Solidity: function fundETH((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) payable returns(bytes32 id)
func (escrow *Escrow) UnpackFundETH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("fundETH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFundToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb1a7150.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundToken((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns(bytes32 id)
func (escrow *Escrow) PackFundToken(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("fundToken", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb1a7150.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundToken((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns(bytes32 id)
func (escrow *Escrow) TryPackFundToken(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("fundToken", terms)
}

// UnpackFundToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb1a7150.
//
// Solidity: function fundToken((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns(bytes32 id)
func (escrow *Escrow) UnpackFundToken(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("fundToken", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFundTokenByPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a408e7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundTokenByPermit((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint64 validUntil, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (escrow *Escrow) PackFundTokenByPermit(terms EscrowTerms, validUntil uint64, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := escrow.abi.Pack("fundTokenByPermit", terms, validUntil, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundTokenByPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a408e7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundTokenByPermit((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint64 validUntil, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (escrow *Escrow) TryPackFundTokenByPermit(terms EscrowTerms, validUntil uint64, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return escrow.abi.Pack("fundTokenByPermit", terms, validUntil, v, r, s)
}

// UnpackFundTokenByPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a408e7a.
//
// Solidity: function fundTokenByPermit((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint64 validUntil, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (escrow *Escrow) UnpackFundTokenByPermit(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("fundTokenByPermit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFundTokenWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4ba0176.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundTokenWithPermit((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (escrow *Escrow) PackFundTokenWithPermit(terms EscrowTerms, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := escrow.abi.Pack("fundTokenWithPermit", terms, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundTokenWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4ba0176.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundTokenWithPermit((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (escrow *Escrow) TryPackFundTokenWithPermit(terms EscrowTerms, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return escrow.abi.Pack("fundTokenWithPermit", terms, deadline, v, r, s)
}

// UnpackFundTokenWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4ba0176.
//
// Solidity: function fundTokenWithPermit((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (escrow *Escrow) UnpackFundTokenWithPermit(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("fundTokenWithPermit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOrderId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbba4054a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderId((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) view returns(bytes32)
func (escrow *Escrow) PackOrderId(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("orderId", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbba4054a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderId((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) view returns(bytes32)
func (escrow *Escrow) TryPackOrderId(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("orderId", terms)
}

// UnpackOrderId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbba4054a.
//
// Solidity: function orderId((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) view returns(bytes32)
func (escrow *Escrow) UnpackOrderId(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("orderId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c3f1e90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orders(bytes32 orderId) view returns(uint8 status, uint16 feeBps, uint64 deliveredAt, uint64 releasableAt)
func (escrow *Escrow) PackOrders(orderId [32]byte) []byte {
	enc, err := escrow.abi.Pack("orders", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c3f1e90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orders(bytes32 orderId) view returns(uint8 status, uint16 feeBps, uint64 deliveredAt, uint64 releasableAt)
func (escrow *Escrow) TryPackOrders(orderId [32]byte) ([]byte, error) {
	return escrow.abi.Pack("orders", orderId)
}

// OrdersOutput serves as a container for the return parameters of contract
// method Orders.
type OrdersOutput struct {
	Status       uint8
	FeeBps       uint16
	DeliveredAt  uint64
	ReleasableAt uint64
}

// UnpackOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c3f1e90.
//
// Solidity: function orders(bytes32 orderId) view returns(uint8 status, uint16 feeBps, uint64 deliveredAt, uint64 releasableAt)
func (escrow *Escrow) UnpackOrders(data []byte) (OrdersOutput, error) {
	out, err := escrow.abi.Unpack("orders", data)
	outstruct := new(OrdersOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.FeeBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.DeliveredAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.ReleasableAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (escrow *Escrow) PackOwner() []byte {
	enc, err := escrow.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (escrow *Escrow) TryPackOwner() ([]byte, error) {
	return escrow.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (escrow *Escrow) UnpackOwner(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (escrow *Escrow) PackPause() []byte {
	enc, err := escrow.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (escrow *Escrow) TryPackPause() ([]byte, error) {
	return escrow.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (escrow *Escrow) PackPaused() []byte {
	enc, err := escrow.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (escrow *Escrow) TryPackPaused() ([]byte, error) {
	return escrow.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (escrow *Escrow) UnpackPaused(data []byte) (bool, error) {
	out, err := escrow.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (escrow *Escrow) PackPendingOwner() []byte {
	enc, err := escrow.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (escrow *Escrow) TryPackPendingOwner() ([]byte, error) {
	return escrow.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (escrow *Escrow) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermitDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x121e80dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permitDeadline(bytes32 id, uint64 validUntil) pure returns(uint256)
func (escrow *Escrow) PackPermitDeadline(id [32]byte, validUntil uint64) []byte {
	enc, err := escrow.abi.Pack("permitDeadline", id, validUntil)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermitDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x121e80dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permitDeadline(bytes32 id, uint64 validUntil) pure returns(uint256)
func (escrow *Escrow) TryPackPermitDeadline(id [32]byte, validUntil uint64) ([]byte, error) {
	return escrow.abi.Pack("permitDeadline", id, validUntil)
}

// UnpackPermitDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x121e80dd.
//
// Solidity: function permitDeadline(bytes32 id, uint64 validUntil) pure returns(uint256)
func (escrow *Escrow) UnpackPermitDeadline(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("permitDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d73aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) PackRefund(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("refund", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d73aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) TryPackRefund(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("refund", terms)
}

// PackRefundBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb446432.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundBySig((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint64 deadline, bytes signature) returns()
func (escrow *Escrow) PackRefundBySig(terms EscrowTerms, deadline uint64, signature []byte) []byte {
	enc, err := escrow.abi.Pack("refundBySig", terms, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb446432.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundBySig((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint64 deadline, bytes signature) returns()
func (escrow *Escrow) TryPackRefundBySig(terms EscrowTerms, deadline uint64, signature []byte) ([]byte, error) {
	return escrow.abi.Pack("refundBySig", terms, deadline, signature)
}

// PackRefundExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8786e96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundExpired((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) PackRefundExpired(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("refundExpired", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8786e96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundExpired((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) TryPackRefundExpired(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("refundExpired", terms)
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba539b5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) PackRelease(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("release", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba539b5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) TryPackRelease(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("release", terms)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (escrow *Escrow) PackRenounceOwnership() []byte {
	enc, err := escrow.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (escrow *Escrow) TryPackRenounceOwnership() ([]byte, error) {
	return escrow.abi.Pack("renounceOwnership")
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b00532b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint256 buyerAmount) returns()
func (escrow *Escrow) PackResolve(terms EscrowTerms, buyerAmount *big.Int) []byte {
	enc, err := escrow.abi.Pack("resolve", terms, buyerAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b00532b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint256 buyerAmount) returns()
func (escrow *Escrow) TryPackResolve(terms EscrowTerms, buyerAmount *big.Int) ([]byte, error) {
	return escrow.abi.Pack("resolve", terms, buyerAmount)
}

// PackSetArbiter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c9c088a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setArbiter(address newArbiter) returns()
func (escrow *Escrow) PackSetArbiter(newArbiter common.Address) []byte {
	enc, err := escrow.abi.Pack("setArbiter", newArbiter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetArbiter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c9c088a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setArbiter(address newArbiter) returns()
func (escrow *Escrow) TryPackSetArbiter(newArbiter common.Address) ([]byte, error) {
	return escrow.abi.Pack("setArbiter", newArbiter)
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e005553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(uint16 newFeeBps) returns()
func (escrow *Escrow) PackSetFee(newFeeBps uint16) []byte {
	enc, err := escrow.abi.Pack("setFee", newFeeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e005553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(uint16 newFeeBps) returns()
func (escrow *Escrow) TryPackSetFee(newFeeBps uint16) ([]byte, error) {
	return escrow.abi.Pack("setFee", newFeeBps)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (escrow *Escrow) PackSetTreasury(newTreasury common.Address) []byte {
	enc, err := escrow.abi.Pack("setTreasury", newTreasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (escrow *Escrow) TryPackSetTreasury(newTreasury common.Address) ([]byte, error) {
	return escrow.abi.Pack("setTreasury", newTreasury)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (escrow *Escrow) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := escrow.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (escrow *Escrow) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return escrow.abi.Pack("transferOwnership", newOwner)
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (escrow *Escrow) PackTreasury() []byte {
	enc, err := escrow.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (escrow *Escrow) TryPackTreasury() ([]byte, error) {
	return escrow.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (escrow *Escrow) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (escrow *Escrow) PackUnpause() []byte {
	enc, err := escrow.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (escrow *Escrow) TryPackUnpause() ([]byte, error) {
	return escrow.abi.Pack("unpause")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf940e385.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token, address to) returns()
func (escrow *Escrow) PackWithdraw(token common.Address, to common.Address) []byte {
	enc, err := escrow.abi.Pack("withdraw", token, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf940e385.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token, address to) returns()
func (escrow *Escrow) TryPackWithdraw(token common.Address, to common.Address) ([]byte, error) {
	return escrow.abi.Pack("withdraw", token, to)
}

// PackWithdrawFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x164e68de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFees(address token) returns()
func (escrow *Escrow) PackWithdrawFees(token common.Address) []byte {
	enc, err := escrow.abi.Pack("withdrawFees", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x164e68de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFees(address token) returns()
func (escrow *Escrow) TryPackWithdrawFees(token common.Address) ([]byte, error) {
	return escrow.abi.Pack("withdrawFees", token)
}

// EscrowArbiterChanged represents a ArbiterChanged event raised by the Escrow contract.
type EscrowArbiterChanged struct {
	Arbiter common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowArbiterChangedEventName = "ArbiterChanged"

// ContractEventName returns the user-defined event name.
func (EscrowArbiterChanged) ContractEventName() string {
	return EscrowArbiterChangedEventName
}

// UnpackArbiterChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ArbiterChanged(address arbiter)
func (escrow *Escrow) UnpackArbiterChangedEvent(log *types.Log) (*EscrowArbiterChanged, error) {
	event := "ArbiterChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowArbiterChanged)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowCredited represents a Credited event raised by the Escrow contract.
type EscrowCredited struct {
	Account common.Address
	Token   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (EscrowCredited) ContractEventName() string {
	return EscrowCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, address indexed token, uint256 amount)
func (escrow *Escrow) UnpackCreditedEvent(log *types.Log) (*EscrowCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowCredited)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowDelivered represents a Delivered event raised by the Escrow contract.
type EscrowDelivered struct {
	OrderId      [32]byte
	ProofHash    [32]byte
	DeliveredAt  uint64
	ReleasableAt uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const EscrowDeliveredEventName = "Delivered"

// ContractEventName returns the user-defined event name.
func (EscrowDelivered) ContractEventName() string {
	return EscrowDeliveredEventName
}

// UnpackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delivered(bytes32 indexed orderId, bytes32 proofHash, uint64 deliveredAt, uint64 releasableAt)
func (escrow *Escrow) UnpackDeliveredEvent(log *types.Log) (*EscrowDelivered, error) {
	event := "Delivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowDelivered)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowDisputed represents a Disputed event raised by the Escrow contract.
type EscrowDisputed struct {
	OrderId    [32]byte
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const EscrowDisputedEventName = "Disputed"

// ContractEventName returns the user-defined event name.
func (EscrowDisputed) ContractEventName() string {
	return EscrowDisputedEventName
}

// UnpackDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Disputed(bytes32 indexed orderId, bytes32 reasonHash)
func (escrow *Escrow) UnpackDisputedEvent(log *types.Log) (*EscrowDisputed, error) {
	event := "Disputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowDisputed)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowEIP712DomainChanged represents a EIP712DomainChanged event raised by the Escrow contract.
type EscrowEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const EscrowEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (EscrowEIP712DomainChanged) ContractEventName() string {
	return EscrowEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (escrow *Escrow) UnpackEIP712DomainChangedEvent(log *types.Log) (*EscrowEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowFeeChanged represents a FeeChanged event raised by the Escrow contract.
type EscrowFeeChanged struct {
	FeeBps uint16
	Raw    *types.Log // Blockchain specific contextual infos
}

const EscrowFeeChangedEventName = "FeeChanged"

// ContractEventName returns the user-defined event name.
func (EscrowFeeChanged) ContractEventName() string {
	return EscrowFeeChangedEventName
}

// UnpackFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeChanged(uint16 feeBps)
func (escrow *Escrow) UnpackFeeChangedEvent(log *types.Log) (*EscrowFeeChanged, error) {
	event := "FeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowFeeChanged)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowFeesWithdrawn represents a FeesWithdrawn event raised by the Escrow contract.
type EscrowFeesWithdrawn struct {
	Token    common.Address
	Treasury common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const EscrowFeesWithdrawnEventName = "FeesWithdrawn"

// ContractEventName returns the user-defined event name.
func (EscrowFeesWithdrawn) ContractEventName() string {
	return EscrowFeesWithdrawnEventName
}

// UnpackFeesWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesWithdrawn(address indexed token, address treasury, uint256 amount)
func (escrow *Escrow) UnpackFeesWithdrawnEvent(log *types.Log) (*EscrowFeesWithdrawn, error) {
	event := "FeesWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowFeesWithdrawn)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowFunded represents a Funded event raised by the Escrow contract.
type EscrowFunded struct {
	OrderId [32]byte
	Buyer   common.Address
	Seller  common.Address
	Token   common.Address
	Amount  *big.Int
	Payee   common.Address
	Funder  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (EscrowFunded) ContractEventName() string {
	return EscrowFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(bytes32 indexed orderId, address indexed buyer, address indexed seller, address token, uint256 amount, address payee, address funder)
func (escrow *Escrow) UnpackFundedEvent(log *types.Log) (*EscrowFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowFunded)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Escrow contract.
type EscrowOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const EscrowOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (EscrowOwnershipTransferStarted) ContractEventName() string {
	return EscrowOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (escrow *Escrow) UnpackOwnershipTransferStartedEvent(log *types.Log) (*EscrowOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowOwnershipTransferred represents a OwnershipTransferred event raised by the Escrow contract.
type EscrowOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const EscrowOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (EscrowOwnershipTransferred) ContractEventName() string {
	return EscrowOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (escrow *Escrow) UnpackOwnershipTransferredEvent(log *types.Log) (*EscrowOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowPaused represents a Paused event raised by the Escrow contract.
type EscrowPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (EscrowPaused) ContractEventName() string {
	return EscrowPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (escrow *Escrow) UnpackPausedEvent(log *types.Log) (*EscrowPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowPaused)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowRefunded represents a Refunded event raised by the Escrow contract.
type EscrowRefunded struct {
	OrderId [32]byte
	Amount  *big.Int
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (EscrowRefunded) ContractEventName() string {
	return EscrowRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(bytes32 indexed orderId, uint256 amount, uint8 reason)
func (escrow *Escrow) UnpackRefundedEvent(log *types.Log) (*EscrowRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowRefunded)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowReleased represents a Released event raised by the Escrow contract.
type EscrowReleased struct {
	OrderId      [32]byte
	SellerAmount *big.Int
	Fee          *big.Int
	ByBuyer      bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const EscrowReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (EscrowReleased) ContractEventName() string {
	return EscrowReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(bytes32 indexed orderId, uint256 sellerAmount, uint256 fee, bool byBuyer)
func (escrow *Escrow) UnpackReleasedEvent(log *types.Log) (*EscrowReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowReleased)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowResolved represents a Resolved event raised by the Escrow contract.
type EscrowResolved struct {
	OrderId      [32]byte
	BuyerAmount  *big.Int
	SellerAmount *big.Int
	Fee          *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const EscrowResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (EscrowResolved) ContractEventName() string {
	return EscrowResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(bytes32 indexed orderId, uint256 buyerAmount, uint256 sellerAmount, uint256 fee)
func (escrow *Escrow) UnpackResolvedEvent(log *types.Log) (*EscrowResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowResolved)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowTreasuryChanged represents a TreasuryChanged event raised by the Escrow contract.
type EscrowTreasuryChanged struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const EscrowTreasuryChangedEventName = "TreasuryChanged"

// ContractEventName returns the user-defined event name.
func (EscrowTreasuryChanged) ContractEventName() string {
	return EscrowTreasuryChangedEventName
}

// UnpackTreasuryChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryChanged(address treasury)
func (escrow *Escrow) UnpackTreasuryChangedEvent(log *types.Log) (*EscrowTreasuryChanged, error) {
	event := "TreasuryChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowTreasuryChanged)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowUnpaused represents a Unpaused event raised by the Escrow contract.
type EscrowUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (EscrowUnpaused) ContractEventName() string {
	return EscrowUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (escrow *Escrow) UnpackUnpausedEvent(log *types.Log) (*EscrowUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowUnpaused)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowWithdrawn represents a Withdrawn event raised by the Escrow contract.
type EscrowWithdrawn struct {
	Account common.Address
	Token   common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (EscrowWithdrawn) ContractEventName() string {
	return EscrowWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed token, address to, uint256 amount)
func (escrow *Escrow) UnpackWithdrawnEvent(log *types.Log) (*EscrowWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (escrow *Escrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], escrow.abi.Errors["AlreadyExists"].ID.Bytes()[:4]) {
		return escrow.UnpackAlreadyExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return escrow.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return escrow.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return escrow.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return escrow.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["FutureDelivery"].ID.Bytes()[:4]) {
		return escrow.UnpackFutureDeliveryError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["InspectionOver"].ID.Bytes()[:4]) {
		return escrow.UnpackInspectionOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["InspectionRunning"].ID.Bytes()[:4]) {
		return escrow.UnpackInspectionRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return escrow.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["InvalidTerms"].ID.Bytes()[:4]) {
		return escrow.UnpackInvalidTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["LateDelivery"].ID.Bytes()[:4]) {
		return escrow.UnpackLateDeliveryError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NotArbiter"].ID.Bytes()[:4]) {
		return escrow.UnpackNotArbiterError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NotBuyer"].ID.Bytes()[:4]) {
		return escrow.UnpackNotBuyerError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NotExpired"].ID.Bytes()[:4]) {
		return escrow.UnpackNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NotSeller"].ID.Bytes()[:4]) {
		return escrow.UnpackNotSellerError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return escrow.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return escrow.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return escrow.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["PayoutFailed"].ID.Bytes()[:4]) {
		return escrow.UnpackPayoutFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return escrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return escrow.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ShortTransfer"].ID.Bytes()[:4]) {
		return escrow.UnpackShortTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return escrow.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["SplitTooLarge"].ID.Bytes()[:4]) {
		return escrow.UnpackSplitTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return escrow.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return escrow.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["WrongValue"].ID.Bytes()[:4]) {
		return escrow.UnpackWrongValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return escrow.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EscrowAlreadyExists represents a AlreadyExists error raised by the Escrow contract.
type EscrowAlreadyExists struct {
	OrderId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyExists(bytes32 orderId)
func EscrowAlreadyExistsErrorID() common.Hash {
	return common.HexToHash("0x129bcbc4b8e04bb872aebe178cc0201174ffe0cfe59338aed385ce016a6b1228")
}

// UnpackAlreadyExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyExists(bytes32 orderId)
func (escrow *Escrow) UnpackAlreadyExistsError(raw []byte) (*EscrowAlreadyExists, error) {
	out := new(EscrowAlreadyExists)
	if err := escrow.abi.UnpackIntoInterface(out, "AlreadyExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowBadSignature represents a BadSignature error raised by the Escrow contract.
type EscrowBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func EscrowBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (escrow *Escrow) UnpackBadSignatureError(raw []byte) (*EscrowBadSignature, error) {
	out := new(EscrowBadSignature)
	if err := escrow.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowEnforcedPause represents a EnforcedPause error raised by the Escrow contract.
type EscrowEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func EscrowEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (escrow *Escrow) UnpackEnforcedPauseError(raw []byte) (*EscrowEnforcedPause, error) {
	out := new(EscrowEnforcedPause)
	if err := escrow.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowExpectedPause represents a ExpectedPause error raised by the Escrow contract.
type EscrowExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func EscrowExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (escrow *Escrow) UnpackExpectedPauseError(raw []byte) (*EscrowExpectedPause, error) {
	out := new(EscrowExpectedPause)
	if err := escrow.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowFeeTooHigh represents a FeeTooHigh error raised by the Escrow contract.
type EscrowFeeTooHigh struct {
	FeeBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint16 feeBps)
func EscrowFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x8ea70c0768c42b8c51930f9a5e7017fcf6effaffa2266c6b8362b8c9658f6b31")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint16 feeBps)
func (escrow *Escrow) UnpackFeeTooHighError(raw []byte) (*EscrowFeeTooHigh, error) {
	out := new(EscrowFeeTooHigh)
	if err := escrow.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowFutureDelivery represents a FutureDelivery error raised by the Escrow contract.
type EscrowFutureDelivery struct {
	DeliveredAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FutureDelivery(uint64 deliveredAt)
func EscrowFutureDeliveryErrorID() common.Hash {
	return common.HexToHash("0x5986ca0e18f6fefac9d990e9f34167d3538835dd777902453243384b205bd712")
}

// UnpackFutureDeliveryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FutureDelivery(uint64 deliveredAt)
func (escrow *Escrow) UnpackFutureDeliveryError(raw []byte) (*EscrowFutureDelivery, error) {
	out := new(EscrowFutureDelivery)
	if err := escrow.abi.UnpackIntoInterface(out, "FutureDelivery", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowInspectionOver represents a InspectionOver error raised by the Escrow contract.
type EscrowInspectionOver struct {
	ReleasableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InspectionOver(uint64 releasableAt)
func EscrowInspectionOverErrorID() common.Hash {
	return common.HexToHash("0x20da7286fe712b87dfb7eefa538dd9fb62b086eb3faa88b1e9309c50fd598ca1")
}

// UnpackInspectionOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InspectionOver(uint64 releasableAt)
func (escrow *Escrow) UnpackInspectionOverError(raw []byte) (*EscrowInspectionOver, error) {
	out := new(EscrowInspectionOver)
	if err := escrow.abi.UnpackIntoInterface(out, "InspectionOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowInspectionRunning represents a InspectionRunning error raised by the Escrow contract.
type EscrowInspectionRunning struct {
	ReleasableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InspectionRunning(uint64 releasableAt)
func EscrowInspectionRunningErrorID() common.Hash {
	return common.HexToHash("0x25ab75ffcd6fcee99ecc856988800ce41465191de5c9143c240cf8714d0d2763")
}

// UnpackInspectionRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InspectionRunning(uint64 releasableAt)
func (escrow *Escrow) UnpackInspectionRunningError(raw []byte) (*EscrowInspectionRunning, error) {
	out := new(EscrowInspectionRunning)
	if err := escrow.abi.UnpackIntoInterface(out, "InspectionRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowInvalidShortString represents a InvalidShortString error raised by the Escrow contract.
type EscrowInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func EscrowInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (escrow *Escrow) UnpackInvalidShortStringError(raw []byte) (*EscrowInvalidShortString, error) {
	out := new(EscrowInvalidShortString)
	if err := escrow.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowInvalidTerms represents a InvalidTerms error raised by the Escrow contract.
type EscrowInvalidTerms struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTerms()
func EscrowInvalidTermsErrorID() common.Hash {
	return common.HexToHash("0x0256965f9b387bc8ec6c98cf0ff582eaf117751bcb03b5eac94f4b122d4a5fc9")
}

// UnpackInvalidTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTerms()
func (escrow *Escrow) UnpackInvalidTermsError(raw []byte) (*EscrowInvalidTerms, error) {
	out := new(EscrowInvalidTerms)
	if err := escrow.abi.UnpackIntoInterface(out, "InvalidTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowLateDelivery represents a LateDelivery error raised by the Escrow contract.
type EscrowLateDelivery struct {
	DeliveredAt uint64
	DeliverBy   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LateDelivery(uint64 deliveredAt, uint64 deliverBy)
func EscrowLateDeliveryErrorID() common.Hash {
	return common.HexToHash("0x6422ab227483ba27642e46d5b756f42d2450df34f70db0559542dbe014f10b2b")
}

// UnpackLateDeliveryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LateDelivery(uint64 deliveredAt, uint64 deliverBy)
func (escrow *Escrow) UnpackLateDeliveryError(raw []byte) (*EscrowLateDelivery, error) {
	out := new(EscrowLateDelivery)
	if err := escrow.abi.UnpackIntoInterface(out, "LateDelivery", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNotArbiter represents a NotArbiter error raised by the Escrow contract.
type EscrowNotArbiter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotArbiter()
func EscrowNotArbiterErrorID() common.Hash {
	return common.HexToHash("0xccb665a6d0d009b636ece581f8bf770add8b2e77a09a00ad4ef77b9a4c207b18")
}

// UnpackNotArbiterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotArbiter()
func (escrow *Escrow) UnpackNotArbiterError(raw []byte) (*EscrowNotArbiter, error) {
	out := new(EscrowNotArbiter)
	if err := escrow.abi.UnpackIntoInterface(out, "NotArbiter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNotBuyer represents a NotBuyer error raised by the Escrow contract.
type EscrowNotBuyer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBuyer()
func EscrowNotBuyerErrorID() common.Hash {
	return common.HexToHash("0x472e017e34136de2f671a41b7655f755f212bf55b08c24b2f4ecf12e2b7179f0")
}

// UnpackNotBuyerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBuyer()
func (escrow *Escrow) UnpackNotBuyerError(raw []byte) (*EscrowNotBuyer, error) {
	out := new(EscrowNotBuyer)
	if err := escrow.abi.UnpackIntoInterface(out, "NotBuyer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNotExpired represents a NotExpired error raised by the Escrow contract.
type EscrowNotExpired struct {
	DeliverBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExpired(uint64 deliverBy)
func EscrowNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xb8b92567eb98488800f7f3985a5fee16deae712b7a29e45711e092e4cce00d16")
}

// UnpackNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExpired(uint64 deliverBy)
func (escrow *Escrow) UnpackNotExpiredError(raw []byte) (*EscrowNotExpired, error) {
	out := new(EscrowNotExpired)
	if err := escrow.abi.UnpackIntoInterface(out, "NotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNotSeller represents a NotSeller error raised by the Escrow contract.
type EscrowNotSeller struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeller()
func EscrowNotSellerErrorID() common.Hash {
	return common.HexToHash("0x5ec823512f6424b43f8696a81c5521aeb07f2246c9cf50a79ba6ca1e154522d4")
}

// UnpackNotSellerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeller()
func (escrow *Escrow) UnpackNotSellerError(raw []byte) (*EscrowNotSeller, error) {
	out := new(EscrowNotSeller)
	if err := escrow.abi.UnpackIntoInterface(out, "NotSeller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNothingToWithdraw represents a NothingToWithdraw error raised by the Escrow contract.
type EscrowNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func EscrowNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (escrow *Escrow) UnpackNothingToWithdrawError(raw []byte) (*EscrowNothingToWithdraw, error) {
	out := new(EscrowNothingToWithdraw)
	if err := escrow.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Escrow contract.
type EscrowOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func EscrowOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (escrow *Escrow) UnpackOwnableInvalidOwnerError(raw []byte) (*EscrowOwnableInvalidOwner, error) {
	out := new(EscrowOwnableInvalidOwner)
	if err := escrow.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Escrow contract.
type EscrowOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func EscrowOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (escrow *Escrow) UnpackOwnableUnauthorizedAccountError(raw []byte) (*EscrowOwnableUnauthorizedAccount, error) {
	out := new(EscrowOwnableUnauthorizedAccount)
	if err := escrow.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowPayoutFailed represents a PayoutFailed error raised by the Escrow contract.
type EscrowPayoutFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutFailed()
func EscrowPayoutFailedErrorID() common.Hash {
	return common.HexToHash("0x3b1ab1045aad53070fe2359fd1a7d516800dcddc17ad45f2e5ff18fe2dbb0689")
}

// UnpackPayoutFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutFailed()
func (escrow *Escrow) UnpackPayoutFailedError(raw []byte) (*EscrowPayoutFailed, error) {
	out := new(EscrowPayoutFailed)
	if err := escrow.abi.UnpackIntoInterface(out, "PayoutFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Escrow contract.
type EscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func EscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (escrow *Escrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*EscrowReentrancyGuardReentrantCall, error) {
	out := new(EscrowReentrancyGuardReentrantCall)
	if err := escrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Escrow contract.
type EscrowSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func EscrowSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (escrow *Escrow) UnpackSafeERC20FailedOperationError(raw []byte) (*EscrowSafeERC20FailedOperation, error) {
	out := new(EscrowSafeERC20FailedOperation)
	if err := escrow.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowShortTransfer represents a ShortTransfer error raised by the Escrow contract.
type EscrowShortTransfer struct {
	Received *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ShortTransfer(uint256 received, uint256 expected)
func EscrowShortTransferErrorID() common.Hash {
	return common.HexToHash("0x857dd552cfd20e69d650de2393a01dc63793e417d16597a0816de29c955f487a")
}

// UnpackShortTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ShortTransfer(uint256 received, uint256 expected)
func (escrow *Escrow) UnpackShortTransferError(raw []byte) (*EscrowShortTransfer, error) {
	out := new(EscrowShortTransfer)
	if err := escrow.abi.UnpackIntoInterface(out, "ShortTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowSignatureExpired represents a SignatureExpired error raised by the Escrow contract.
type EscrowSignatureExpired struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline)
func EscrowSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xfcd4a11f231310e556b91446aa29b4b13e5fa8be9866b6c2a801fad864538263")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline)
func (escrow *Escrow) UnpackSignatureExpiredError(raw []byte) (*EscrowSignatureExpired, error) {
	out := new(EscrowSignatureExpired)
	if err := escrow.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowSplitTooLarge represents a SplitTooLarge error raised by the Escrow contract.
type EscrowSplitTooLarge struct {
	BuyerAmount *big.Int
	Amount      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SplitTooLarge(uint256 buyerAmount, uint256 amount)
func EscrowSplitTooLargeErrorID() common.Hash {
	return common.HexToHash("0xa9c6b1370f0d45b13d8c8dd999469daf5fceffa9e38c72f088fae9921b0d089b")
}

// UnpackSplitTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SplitTooLarge(uint256 buyerAmount, uint256 amount)
func (escrow *Escrow) UnpackSplitTooLargeError(raw []byte) (*EscrowSplitTooLarge, error) {
	out := new(EscrowSplitTooLarge)
	if err := escrow.abi.UnpackIntoInterface(out, "SplitTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowStringTooLong represents a StringTooLong error raised by the Escrow contract.
type EscrowStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func EscrowStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (escrow *Escrow) UnpackStringTooLongError(raw []byte) (*EscrowStringTooLong, error) {
	out := new(EscrowStringTooLong)
	if err := escrow.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowWrongStatus represents a WrongStatus error raised by the Escrow contract.
type EscrowWrongStatus struct {
	OrderId [32]byte
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(bytes32 orderId, uint8 status)
func EscrowWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x9d81974470eb5e30f285b1055c396a387d885a43a0fb39f84dcb3764cbc907a1")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(bytes32 orderId, uint8 status)
func (escrow *Escrow) UnpackWrongStatusError(raw []byte) (*EscrowWrongStatus, error) {
	out := new(EscrowWrongStatus)
	if err := escrow.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowWrongValue represents a WrongValue error raised by the Escrow contract.
type EscrowWrongValue struct {
	Sent     *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongValue(uint256 sent, uint256 expected)
func EscrowWrongValueErrorID() common.Hash {
	return common.HexToHash("0x195a3ca12ac3744ef64727effb118b3b203c382e49c7a7d24d450eae5e3b889a")
}

// UnpackWrongValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongValue(uint256 sent, uint256 expected)
func (escrow *Escrow) UnpackWrongValueError(raw []byte) (*EscrowWrongValue, error) {
	out := new(EscrowWrongValue)
	if err := escrow.abi.UnpackIntoInterface(out, "WrongValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowZeroAddress represents a ZeroAddress error raised by the Escrow contract.
type EscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func EscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (escrow *Escrow) UnpackZeroAddressError(raw []byte) (*EscrowZeroAddress, error) {
	out := new(EscrowZeroAddress)
	if err := escrow.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
