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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialTreasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialArbiter\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"initialFeeBps\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"}],\"name\":\"FutureDelivery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"name\":\"InspectionOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"name\":\"InspectionRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"}],\"name\":\"LateDelivery\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotArbiter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSeller\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayoutFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"ShortTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"buyerAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SplitTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"internalType\":\"enumEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"}],\"name\":\"ArbiterChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"Disputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumEscrow.RefundReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sellerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byBuyer\",\"type\":\"bool\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"buyerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sellerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasuryChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DELIVERY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INSPECTION_PERIOD\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"arbiter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"confirmReceipt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"}],\"name\":\"deliveryDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"dispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"fundETH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"fundToken\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundTokenWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"orderId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"}],\"name\":\"orders\",\"outputs\":[{\"internalType\":\"enumEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"refundExpired\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"buyerAmount\",\"type\":\"uint256\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newArbiter\",\"type\":\"address\"}],\"name\":\"setArbiter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"newFeeBps\",\"type\":\"uint16\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newTreasury\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Escrow",
	Bin: "0x610160604052348015610010575f5ffd5b50604051612e40380380612e4083398101604081905261002f916103a3565b604080518082018252600b81526a736f757120457363726f7760a81b602080830191909152825180840190935260018352603160f81b9083015290856001600160a01b03811661009957604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100a281610172565b506100ac8261018e565b610120526100b98161018e565b61014052815160208084019190912060e052815190820120610100524660a05261014560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052610157836101cb565b61016082610247565b610169816102bc565b50505050610457565b600180546001600160a01b031916905561018b81610339565b50565b5f5f829050601f815111156101b8578260405163305a27a960e01b815260040161009091906103fc565b80516101c382610431565b179392505050565b6001600160a01b0381166101f25760405163d92e233d60e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527fc714d22a2f08b695f81e7c707058db484aa5b4d6b4c9fd64beb10fe85832f608906020015b60405180910390a150565b6001600160a01b03811661026e5760405163d92e233d60e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0383169081179091556040519081527fed09dd09a633c9b0b1e25be13667a88772e82a16f68172a8f7ba0f22b303fef89060200161023c565b6103e861ffff821611156102e957604051638ea70c0760e01b815261ffff82166004820152602401610090565b6006805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527f931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e2439060200161023c565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b038116811461039e575f5ffd5b919050565b5f5f5f5f608085870312156103b6575f5ffd5b6103bf85610388565b93506103cd60208601610388565b92506103db60408601610388565b9150606085015161ffff811681146103f1575f5ffd5b939692955090935050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610451575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516129986104a85f395f611a1001525f6119e501525f611fe301525f611fbb01525f611f1601525f611f4001525f611f6a01526129985ff3fe6080604052600436106101f1575f3560e01c806384b0196e11610108578063ce89ea421161009d578063f2fde38b1161006d578063f2fde38b14610601578063f354970414610620578063f698da251461063f578063f940e38514610653578063fe25e00a14610672575f5ffd5b8063ce89ea4214610591578063d55be8c6146105b0578063e30c3978146105c5578063f0f44260146105e2575f5ffd5b80639c3f1e90116100d85780639c3f1e90146104d05780639f949ad214610534578063b6c77aca14610553578063cd0ffc4b14610572575f5ffd5b806384b0196e1461045b5780638da5cb5b146104825780638e0055531461049e5780639845ccfa146104bd575f5ffd5b806350fdd8a31161018957806366b0cada1161015957806366b0cada146103c1578063715018a6146103ec57806379ba5097146104005780637d1d8323146104145780638456cb5914610447575f5ffd5b806350fdd8a31461030c5780635c975abb1461032b57806361d027b314610354578063637cd7f01461038b575f5ffd5b80633f2786f9116101c45780633f2786f91461028d5780633f4ba83a146102ac57806347b5b20c146102c05780635016935a146102df575f5ffd5b80631b1e29fb146101f55780631c9c088a1461021657806324a9d853146102355780633242eb9c1461026e575b5f5ffd5b348015610200575f5ffd5b5061021461020f366004612460565b610691565b005b348015610221575f5ffd5b50610214610230366004612491565b61077b565b348015610240575f5ffd5b5060065461025690600160a01b900461ffff1681565b60405161ffff90911681526020015b60405180910390f35b348015610279575f5ffd5b50610214610288366004612460565b61078c565b348015610298575f5ffd5b506102146102a73660046124aa565b610840565b3480156102b7575f5ffd5b50610214610a13565b3480156102cb575f5ffd5b506102146102da3660046124eb565b610a25565b3480156102ea575f5ffd5b506102fe6102f9366004612460565b610cc6565b604051908152602001610265565b348015610317575f5ffd5b50610214610326366004612460565b610cf9565b348015610336575f5ffd5b50600154600160a01b900460ff166040519015158152602001610265565b34801561035f575f5ffd5b50600654610373906001600160a01b031681565b6040516001600160a01b039091168152602001610265565b348015610396575f5ffd5b506102fe6103a5366004612583565b600560209081525f928352604080842090915290825290205481565b3480156103cc575f5ffd5b506103d76276a70081565b60405163ffffffff9091168152602001610265565b3480156103f7575f5ffd5b50610214610dbc565b34801561040b575f5ffd5b50610214610dcd565b34801561041f575f5ffd5b506102fe7f0f28b9443eed8ac077133c37aa09f16b2dbbdbd1d14eddb285fe6ad93e29250881565b348015610452575f5ffd5b50610214610e0e565b348015610466575f5ffd5b5061046f610e1e565b60405161026597969594939291906125e2565b34801561048d575f5ffd5b505f546001600160a01b0316610373565b3480156104a9575f5ffd5b506102146104b8366004612678565b610e60565b6102fe6104cb366004612460565b610e71565b3480156104db575f5ffd5b506105246104ea366004612699565b60046020525f908152604090205460ff81169061ffff610100820416906001600160401b0363010000008204811691600160581b90041684565b60405161026594939291906126d8565b34801561053f575f5ffd5b506102fe61054e36600461270f565b610f02565b34801561055e575f5ffd5b5061021461056d366004612460565b610f60565b34801561057d575f5ffd5b506102fe61058c366004612741565b611051565b34801561059c575f5ffd5b506102fe6105ab366004612460565b611117565b3480156105bb575f5ffd5b506102566103e881565b3480156105d0575f5ffd5b506001546001600160a01b0316610373565b3480156105ed575f5ffd5b506102146105fc366004612491565b611144565b34801561060c575f5ffd5b5061021461061b366004612491565b611155565b34801561062b575f5ffd5b5061021461063a3660046124aa565b6111c5565b34801561064a575f5ffd5b506102fe611312565b34801561065e575f5ffd5b5061021461066d366004612583565b611320565b34801561067d575f5ffd5b50600754610373906001600160a01b031681565b610699611498565b6106a96040820160208301612491565b6001600160a01b0316336001600160a01b0316146106da5760405163239700bf60e11b815260040160405180910390fd5b5f6106e482610cc6565b5f8181526004602052604090209091506001815460ff16600681111561070c5761070c6126b0565b1415801561073057506002815460ff16600681111561072d5761072d6126b0565b14155b1561076157805460405163276065d160e21b815261075891849160ff90911690600401612798565b60405180910390fd5b61076e82828560016114cd565b5050610778611597565b50565b6107836115c1565b610778816115ed565b610794611498565b5f61079e82610cc6565b5f8181526004602052604090209091506002815460ff1660068111156107c6576107c66126b0565b146107ee57805460405163276065d160e21b815261075891849160ff90911690600401612798565b8054600160581b90046001600160401b03164210156108345780546040516325ab75ff60e01b8152600160581b9091046001600160401b03166004820152602401610758565b61076e8282855f6114cd565b610848611498565b6007546001600160a01b031633146108735760405163665b32d360e11b815260040160405180910390fd5b5f61087d83610cc6565b5f8181526004602052604090209091506003815460ff1660068111156108a5576108a56126b0565b146108cd57805460405163276065d160e21b815261075891849160ff90911690600401612798565b83606001358311156108ff5760405163a9c6b13760e01b81526004810184905260608501356024820152604401610758565b5f61090e8460608701356127c0565b82549091505f9061092c908390610100900461ffff16612710611669565b835460ff191660061784559050837ffe0c7bc3e6a26396f4d85ec6e9858901c2943beca85b5b74826a2c30cc2546e38661096684866127c0565b604080519283526020830191909152810184905260600160405180910390a26006546109ab906001600160a01b03166109a56060890160408a01612491565b83611719565b6109d46109be6060880160408901612491565b6109ce6040890160208a01612491565b876117b4565b610a036109e76060880160408901612491565b6109f46020890189612491565b6109fe84866127c0565b6117b4565b50505050610a0f611597565b5050565b610a1b6115c1565b610a2361180d565b565b610a2d611498565b5f610a3786610cc6565b5f8181526004602052604090209091506001815460ff166006811115610a5f57610a5f6126b0565b14610a8757805460405163276065d160e21b815261075891849160ff90911690600401612798565b610a9760c0880160a089016127d3565b6001600160401b0316856001600160401b03161115610aed5784610ac160c0890160a08a016127d3565b604051633211559160e11b81526001600160401b03928316600482015291166024820152604401610758565b42856001600160401b03161115610b2257604051632cc3650760e11b81526001600160401b0386166004820152602401610758565b604080517f0f28b9443eed8ac077133c37aa09f16b2dbbdbd1d14eddb285fe6ad93e2925086020820152908101839052606081018790526001600160401b03861660808201525f90610b8d9060a0015b60405160208183030381529060405280519060200120611862565b9050610baa610ba260a08a0160808b01612491565b828787611894565b610bc757604051635cd5d23360e01b815260040160405180910390fd5b5f610bd860e08a0160c08b016127ff565b610be89063ffffffff1642612818565b835472ffffffffffffffffffffffffffffffff000000191663010000006001600160401b038a811691820267ffffffffffffffff60581b191692909217600160581b928416928302178655604080518c8152602081019290925281019190915290915084907f3650837ffd91cbeb35900d3f3c0a95442c08e65efd7cf866371d96d1958439689060600160405180910390a2610c8a60e08a0160c08b016127ff565b63ffffffff165f03610ca757610ca284848b5f6114cd565b610cb3565b825460ff191660021783555b50505050610cbf611597565b5050505050565b5f463083604051602001610cdc93929190612837565b604051602081830303815290604052805190602001209050919050565b610d01611498565b5f610d0b82610cc6565b5f8181526004602052604090209091506001815460ff166006811115610d3357610d336126b0565b14610d5b57805460405163276065d160e21b815261075891849160ff90911690600401612798565b610d6b60c0840160a085016127d3565b6001600160401b03164211610daf57610d8a60c0840160a085016127d3565b60405163b8b9256760e01b81526001600160401b039091166004820152602401610758565b61076e828285600161190a565b610dc46115c1565b610a235f611982565b60015433906001600160a01b03168114610e055760405163118cdaa760e01b81526001600160a01b0382166004820152602401610758565b61077881611982565b610e166115c1565b610a2361199b565b5f6060805f5f5f6060610e2f6119de565b610e37611a09565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b610e686115c1565b61077881611a34565b5f610e7a611498565b610e82611ab1565b5f610e936060840160408501612491565b6001600160a01b031614610eba57604051630256965f60e01b815260040160405180910390fd5b81606001353414610eea5760405163195a3ca160e01b815234600482015260608301356024820152604401610758565b610ef382611adc565b9050610efd611597565b919050565b604080517f0f28b9443eed8ac077133c37aa09f16b2dbbdbd1d14eddb285fe6ad93e2925086020820152908101849052606081018390526001600160401b03821660808201525f90610f569060a001610b72565b90505b9392505050565b610f68611498565b610f756020820182612491565b6001600160a01b0316336001600160a01b031614610fa657604051635ec8235160e01b815260040160405180910390fd5b5f610fb082610cc6565b5f81815260046020526040902080549192509060ff166001816006811115610fda57610fda6126b0565b14158015610ffa57506002816006811115610ff757610ff76126b0565b14155b801561101857506003816006811115611015576110156126b0565b14155b1561103a57828160405163276065d160e21b8152600401610758929190612798565b6110468383865f61190a565b505050610778611597565b5f61105a611498565b611062611ab1565b61106b86611adc565b905061107d6060870160408801612491565b60405163d505accf60e01b8152336004820152306024820152606088013560448201526064810187905260ff8616608482015260a4810185905260c481018490526001600160a01b03919091169063d505accf9060e4015f604051808303815f87803b1580156110eb575f5ffd5b505af19250505080156110fc575060015b5061110686611d1f565b61110e611597565b95945050505050565b5f611120611498565b611128611ab1565b61113182611adc565b905061113c82611d1f565b610efd611597565b61114c6115c1565b61077881611e95565b61115d6115c1565b600180546001600160a01b0383166001600160a01b0319909116811790915561118d5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6111cd611498565b6111dd6040830160208401612491565b6001600160a01b0316336001600160a01b03161461120e5760405163239700bf60e11b815260040160405180910390fd5b5f61121883610cc6565b5f81815260046020526040902080549192509060ff166002816006811115611242576112426126b0565b03611291578154600160581b90046001600160401b0316421061128c57815460405163106d394360e11b8152600160581b9091046001600160401b03166004820152602401610758565b6112c7565b60018160068111156112a5576112a56126b0565b146112c757828160405163276065d160e21b8152600401610758929190612798565b815460ff1916600317825560405184815283907f8e39eab2c454d024fb5c89b50dabc51f5068c7a283891d06aa91f5ba96acded19060200160405180910390a2505050610a0f611597565b5f61131b611f0a565b905090565b611328611498565b6001600160a01b03811661134f5760405163d92e233d60e01b815260040160405180910390fd5b335f9081526005602090815260408083206001600160a01b03861684529091528120549081900361139357604051630686827b60e51b815260040160405180910390fd5b335f8181526005602090815260408083206001600160a01b0388811680865291845282852094909455815193871684529183018590529092917fa4195c37c2947bbe89165f03e320b6903116f0b10d8cfdb522330f7ce6f9fa24910160405180910390a36001600160a01b03831661147b575f826001600160a01b0316826040515f6040518083038185875af1925050503d805f811461144e576040519150601f19603f3d011682016040523d82523d5f602084013e611453565b606091505b505090508061147557604051630ec6ac4160e21b815260040160405180910390fd5b5061148f565b61148f6001600160a01b0384168383612033565b50610a0f611597565b6114a061206d565b610a2360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906120ad565b82545f906114ec90606085013590610100900461ffff16612710611669565b845460ff191660041785559050847f90ae71379a745075403a5787e89a9a77213d1591f76b5fa650315d0665c06c5f6115298360608701356127c0565b60408051918252602082018590528515159082015260600160405180910390a2600654611569906001600160a01b03166109a56060860160408701612491565b610cbf61157c6060850160408601612491565b6115896020860186612491565b6109fe8460608801356127c0565b610a235f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006114c7565b5f546001600160a01b03163314610a235760405163118cdaa760e01b8152336004820152602401610758565b6001600160a01b0381166116145760405163d92e233d60e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0383169081179091556040519081527fed09dd09a633c9b0b1e25be13667a88772e82a16f68172a8f7ba0f22b303fef8906020015b60405180910390a150565b5f5f5f61167686866120b4565b91509150815f0361169a5783818161169057611690612900565b0492505050610f59565b8184116116b1576116b160038515026011186120d0565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b805f0361172557505050565b6001600160a01b038084165f9081526005602090815260408083209386168352929052908120805483929061175b908490612914565b92505081905550816001600160a01b0316836001600160a01b03167f4e45da441832cf53bdaa69235704fc0575e68210f459ee1562911024b12967d5836040516117a791815260200190565b60405180910390a3505050565b805f036117c057505050565b5f6001600160a01b0384166117e0575f5f5f5f858761c350f190506117f7565b6117f46001600160a01b03851684846120e1565b90505b8061180757611807838584611719565b50505050565b6118156120ee565b6001805460ff60a01b191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f61188e61186e611f0a565b8360405161190160f01b8152600281019290925260228201526042902090565b92915050565b5f846001600160a01b03163b5f036118f3575f5f6118b3868686612118565b5090925090505f8160038111156118cc576118cc6126b0565b1480156118ea5750866001600160a01b0316826001600160a01b0316145b92505050611902565b6118ff8585858561215f565b90505b949350505050565b825460ff1916600517835560405184907f3f53756480d822ddf3ce02658d77fd50417a0e09c14a8fff7fe821c0513db7b59061194d906060860135908590612927565b60405180910390a26118076119686060840160408501612491565b6119786040850160208601612491565b84606001356117b4565b600180546001600160a01b0319169055610778816121c9565b6119a3611ab1565b6001805460ff60a01b1916600160a01b1790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586118453390565b606061131b7f0000000000000000000000000000000000000000000000000000000000000000612218565b606061131b7f0000000000000000000000000000000000000000000000000000000000000000612218565b6103e861ffff82161115611a6157604051638ea70c0760e01b815261ffff82166004820152602401610758565b6006805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527f931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e2439060200161165e565b600154600160a01b900460ff1615610a235760405163d93c066560e01b815260040160405180910390fd5b5f80611aeb6020840184612491565b6001600160a01b03161480611b1757505f611b0c6040840160208501612491565b6001600160a01b0316145b80611b3957505f611b2e60a0840160808501612491565b6001600160a01b0316145b80611b4657506060820135155b80611b69575042611b5d60c0840160a085016127d3565b6001600160401b031611155b80611b8b57506276a700611b8360e0840160c085016127ff565b63ffffffff16115b15611ba957604051630256965f60e01b815260040160405180910390fd5b611bb282610cc6565b5f818152600460205260408120919250815460ff166006811115611bd857611bd86126b0565b14611bf9576040516304a6f2f160e21b815260048101839052602401610758565b6006548154600162ffffff19909116600160a01b90920461ffff16610100810292909217178255611c2d6020850185612491565b6001600160a01b0316611c466040860160208701612491565b6001600160a01b0316847f7cea5a603db38c933116f64531750a25a24e79e48ab71a3ed309c44a805c1a5c611c816060890160408a01612491565b6060890135611c9660a08b0160808c01612491565b611ca660c08c0160a08d016127d3565b611cb660e08d0160c08e016127ff565b604080516001600160a01b039687168152602081019590955292909416838301526001600160401b0316606083015263ffffffff909216608082015260e08a81013560a083015261ffff881660c083015233908201529051908190036101000190a45050919050565b5f611d306060830160408401612491565b6001600160a01b031603611d5757604051630256965f60e01b815260040160405180910390fd5b5f611d686060830160408401612491565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa158015611daf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611dd3919061294b565b9050611dee6001600160a01b03831633306060870135612255565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038516906370a0823190602401602060405180830381865afa158015611e34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e58919061294b565b611e6291906127c0565b905083606001358114611807576040516342beeaa960e11b81526004810182905260608501356024820152604401610758565b6001600160a01b038116611ebc5760405163d92e233d60e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527fc714d22a2f08b695f81e7c707058db484aa5b4d6b4c9fd64beb10fe85832f6089060200161165e565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015611f6257507f000000000000000000000000000000000000000000000000000000000000000046145b15611f8c57507f000000000000000000000000000000000000000000000000000000000000000090565b61131b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b612040838383600161228b565b61206857604051635274afe760e01b81526001600160a01b0384166004820152602401610758565b505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610a2357604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f610f568484845f61228b565b600154600160a01b900460ff16610a2357604051638dfc202b60e01b815260040160405180910390fd5b5f8080604184900361214c578435602086013560408701355f1a61213e898285856122ed565b955095509550505050612156565b505f915060029050825b93509350939050565b60408051630b135d3f60e11b808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60605f612224836123b5565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b6122638484848460016123dc565b61180757604051635274afe760e01b81526001600160a01b0385166004820152602401610758565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166122e15783831516156122d5573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561232657505f915060039050826123ab565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612377573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166123a257505f9250600191508290506123ab565b92505f91508190505b9450945094915050565b5f60ff8216601f81111561188e57604051632cd44ac360e21b815260040160405180910390fd5b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661243857838315161561242c573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f610100828403121561245a575f5ffd5b50919050565b5f6101008284031215612471575f5ffd5b610f598383612449565b80356001600160a01b0381168114610efd575f5ffd5b5f602082840312156124a1575f5ffd5b610f598261247b565b5f5f61012083850312156124bc575f5ffd5b6124c68484612449565b94610100939093013593505050565b80356001600160401b0381168114610efd575f5ffd5b5f5f5f5f5f6101608688031215612500575f5ffd5b61250a8787612449565b9450610100860135935061252161012087016124d5565b92506101408601356001600160401b0381111561253c575f5ffd5b8601601f8101881361254c575f5ffd5b80356001600160401b03811115612561575f5ffd5b886020828401011115612572575f5ffd5b959894975092955050506020019190565b5f5f60408385031215612594575f5ffd5b61259d8361247b565b91506125ab6020840161247b565b90509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61260060e08301896125b4565b828103604084015261261281896125b4565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612667578351835260209384019390920191600101612649565b50909b9a5050505050505050505050565b5f60208284031215612688575f5ffd5b813561ffff81168114610f59575f5ffd5b5f602082840312156126a9575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600781106126d4576126d46126b0565b9052565b608081016126e682876126c4565b61ffff9490941660208201526001600160401b0392831660408201529116606090910152919050565b5f5f5f60608486031215612721575f5ffd5b8335925060208401359150612738604085016124d5565b90509250925092565b5f5f5f5f5f6101808688031215612756575f5ffd5b6127608787612449565b9450610100860135935061012086013560ff8116811461277e575f5ffd5b949793965093946101408101359450610160013592915050565b82815260408101610f5960208301846126c4565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561188e5761188e6127ac565b5f602082840312156127e3575f5ffd5b610f59826124d5565b803563ffffffff81168114610efd575f5ffd5b5f6020828403121561280f575f5ffd5b610f59826127ec565b6001600160401b03818116838216019081111561188e5761188e6127ac565b8381526001600160a01b0383811660208301526101408201906128598461247b565b1660408301526001600160a01b036128736020850161247b565b1660608301526001600160a01b0361288d6040850161247b565b16608083810191909152606084013560a08401526128ac90840161247b565b6001600160a01b031660c08301526128c660a084016124d5565b6001600160401b031660e08301526128e060c084016127ec565b63ffffffff1661010083015260e092909201356101209091015292915050565b634e487b7160e01b5f52601260045260245ffd5b8082018082111561188e5761188e6127ac565b828152604081016002831061293e5761293e6126b0565b8260208301529392505050565b5f6020828403121561295b575f5ffd5b505191905056fea2646970667358221220d872b4e79c03f2e53c9c5c50bbb7e4f3e92feefddc80628c537425e3e8ec1d7064736f6c634300081e0033",
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
// the contract method with ID 0x1b1e29fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmReceipt((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) PackConfirmReceipt(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("confirmReceipt", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b1e29fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmReceipt((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) TryPackConfirmReceipt(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("confirmReceipt", terms)
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
// the contract method with ID 0x47b5b20c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver((address,address,address,uint256,address,uint64,uint32,bytes32) terms, bytes32 proofHash, uint64 deliveredAt, bytes signature) returns()
func (escrow *Escrow) PackDeliver(terms EscrowTerms, proofHash [32]byte, deliveredAt uint64, signature []byte) []byte {
	enc, err := escrow.abi.Pack("deliver", terms, proofHash, deliveredAt, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47b5b20c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver((address,address,address,uint256,address,uint64,uint32,bytes32) terms, bytes32 proofHash, uint64 deliveredAt, bytes signature) returns()
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
// the contract method with ID 0xf3549704.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute((address,address,address,uint256,address,uint64,uint32,bytes32) terms, bytes32 reasonHash) returns()
func (escrow *Escrow) PackDispute(terms EscrowTerms, reasonHash [32]byte) []byte {
	enc, err := escrow.abi.Pack("dispute", terms, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3549704.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute((address,address,address,uint256,address,uint64,uint32,bytes32) terms, bytes32 reasonHash) returns()
func (escrow *Escrow) TryPackDispute(terms EscrowTerms, reasonHash [32]byte) ([]byte, error) {
	return escrow.abi.Pack("dispute", terms, reasonHash)
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

// PackFundETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9845ccfa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundETH((address,address,address,uint256,address,uint64,uint32,bytes32) terms) payable returns(bytes32 id)
func (escrow *Escrow) PackFundETH(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("fundETH", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9845ccfa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundETH((address,address,address,uint256,address,uint64,uint32,bytes32) terms) payable returns(bytes32 id)
func (escrow *Escrow) TryPackFundETH(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("fundETH", terms)
}

// UnpackFundETH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9845ccfa.
//
// Solidity: function fundETH((address,address,address,uint256,address,uint64,uint32,bytes32) terms) payable returns(bytes32 id)
func (escrow *Escrow) UnpackFundETH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("fundETH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFundToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce89ea42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundToken((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns(bytes32 id)
func (escrow *Escrow) PackFundToken(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("fundToken", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce89ea42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundToken((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns(bytes32 id)
func (escrow *Escrow) TryPackFundToken(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("fundToken", terms)
}

// UnpackFundToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce89ea42.
//
// Solidity: function fundToken((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns(bytes32 id)
func (escrow *Escrow) UnpackFundToken(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("fundToken", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFundTokenWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd0ffc4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundTokenWithPermit((address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (escrow *Escrow) PackFundTokenWithPermit(terms EscrowTerms, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := escrow.abi.Pack("fundTokenWithPermit", terms, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundTokenWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd0ffc4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundTokenWithPermit((address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (escrow *Escrow) TryPackFundTokenWithPermit(terms EscrowTerms, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return escrow.abi.Pack("fundTokenWithPermit", terms, deadline, v, r, s)
}

// UnpackFundTokenWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd0ffc4b.
//
// Solidity: function fundTokenWithPermit((address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (escrow *Escrow) UnpackFundTokenWithPermit(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("fundTokenWithPermit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOrderId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5016935a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderId((address,address,address,uint256,address,uint64,uint32,bytes32) terms) view returns(bytes32)
func (escrow *Escrow) PackOrderId(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("orderId", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5016935a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderId((address,address,address,uint256,address,uint64,uint32,bytes32) terms) view returns(bytes32)
func (escrow *Escrow) TryPackOrderId(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("orderId", terms)
}

// UnpackOrderId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5016935a.
//
// Solidity: function orderId((address,address,address,uint256,address,uint64,uint32,bytes32) terms) view returns(bytes32)
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

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6c77aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) PackRefund(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("refund", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6c77aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) TryPackRefund(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("refund", terms)
}

// PackRefundExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50fdd8a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundExpired((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) PackRefundExpired(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("refundExpired", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50fdd8a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundExpired((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) TryPackRefundExpired(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("refundExpired", terms)
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3242eb9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) PackRelease(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("release", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3242eb9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release((address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
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
// the contract method with ID 0x3f2786f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve((address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint256 buyerAmount) returns()
func (escrow *Escrow) PackResolve(terms EscrowTerms, buyerAmount *big.Int) []byte {
	enc, err := escrow.abi.Pack("resolve", terms, buyerAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f2786f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve((address,address,address,uint256,address,uint64,uint32,bytes32) terms, uint256 buyerAmount) returns()
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

// EscrowFunded represents a Funded event raised by the Escrow contract.
type EscrowFunded struct {
	OrderId          [32]byte
	Buyer            common.Address
	Seller           common.Address
	Token            common.Address
	Amount           *big.Int
	Attester         common.Address
	DeliverBy        uint64
	InspectionPeriod uint32
	OfferHash        [32]byte
	FeeBps           uint16
	Funder           common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const EscrowFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (EscrowFunded) ContractEventName() string {
	return EscrowFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(bytes32 indexed orderId, address indexed buyer, address indexed seller, address token, uint256 amount, address attester, uint64 deliverBy, uint32 inspectionPeriod, bytes32 offerHash, uint16 feeBps, address funder)
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
