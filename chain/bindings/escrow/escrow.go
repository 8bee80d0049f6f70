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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialTreasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialArbiter\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"initialFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"initialDisputePeriod\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"decideBy\",\"type\":\"uint64\"}],\"name\":\"ArbiterDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"decideBy\",\"type\":\"uint64\"}],\"name\":\"ArbiterDeadlineRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumEscrow.Setting\",\"name\":\"what\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"effectiveAt\",\"type\":\"uint64\"}],\"name\":\"ChangeNotDue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"}],\"name\":\"FutureDelivery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"name\":\"InspectionOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"name\":\"InspectionRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"disputePeriod\",\"type\":\"uint32\"}],\"name\":\"InvalidDisputePeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"}],\"name\":\"LateDelivery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumEscrow.Setting\",\"name\":\"what\",\"type\":\"uint8\"}],\"name\":\"NoPendingChange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotArbiter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSeller\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayoutFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"ShortTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"buyerAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SplitTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"internalType\":\"enumEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"}],\"name\":\"ArbiterChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumEscrow.Setting\",\"name\":\"what\",\"type\":\"uint8\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumEscrow.Setting\",\"name\":\"what\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveAt\",\"type\":\"uint64\"}],\"name\":\"ChangeProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"disputePeriod\",\"type\":\"uint32\"}],\"name\":\"DisputePeriodChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"decideBy\",\"type\":\"uint64\"}],\"name\":\"Disputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumEscrow.RefundReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sellerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byBuyer\",\"type\":\"bool\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"buyerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sellerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasuryChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHANGE_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONFIRM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELIVERY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISPUTE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DISPUTE_PERIOD\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INSPECTION_PERIOD\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_DISPUTE_PERIOD\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REFUND_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"structHash\",\"type\":\"bytes32\"}],\"name\":\"actDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumEscrow.Setting\",\"name\":\"what\",\"type\":\"uint8\"}],\"name\":\"applyChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"arbiter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumEscrow.Setting\",\"name\":\"what\",\"type\":\"uint8\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"confirmReceipt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"confirmReceiptBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"}],\"name\":\"deliveryDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"dispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"disputeBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputePeriod\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"fees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"fundETH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"fundToken\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundTokenByPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundTokenWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"orderId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderId\",\"type\":\"bytes32\"}],\"name\":\"orders\",\"outputs\":[{\"internalType\":\"enumEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"releasableAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"disputePeriod\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumEscrow.Setting\",\"name\":\"what\",\"type\":\"uint8\"}],\"name\":\"pendingChanges\",\"outputs\":[{\"internalType\":\"uint160\",\"name\":\"value\",\"type\":\"uint160\"},{\"internalType\":\"uint64\",\"name\":\"effectiveAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"permitDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newArbiter\",\"type\":\"address\"}],\"name\":\"proposeArbiter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"newDisputePeriod\",\"type\":\"uint32\"}],\"name\":\"proposeDisputePeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"newFeeBps\",\"type\":\"uint16\"}],\"name\":\"proposeFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newTreasury\",\"type\":\"address\"}],\"name\":\"proposeTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"refundBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"refundExpired\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"refundExpiredDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"inspectionPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"offerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"buyerAmount\",\"type\":\"uint256\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdrawFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Escrow",
	Bin: "0x610160806040523461037f5760a08161461080380380916100208285610383565b83398101031261037f57610033816103ba565b90610040602082016103ba565b61004c604083016103ba565b9160608101519161ffff83169182840361037f57608001519063ffffffff82169586830361037f5760405190610083604083610383565b600b8252602082016a736f757120457363726f7760a81b8152604051926100ab604085610383565b60018452603160f81b60208501908152926001600160a01b0316801561036c57600180546001600160a01b03199081169091555f8054918216831781556001600160a01b03909116907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a3610121816103ef565b6101205261012e846103ef565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261019760c082610383565b5190206080523060c0526001600160a01b03906101b3906103ce565b16917fed09dd09a633c9b0b1e25be13667a88772e82a16f68172a8f7ba0f22b303fef86020600754967fc714d22a2f08b695f81e7c707058db484aa5b4d6b4c9fd64beb10fe85832f60882604051888152a16001600160a01b0390610217906103ce565b168060018060a01b03196008541617600855604051908152a16103e8811161035a5760207f931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e24391604051908152a1620151808510801561034e575b61033b5760a09290921b61ffff60a01b167fffffffffff00000000ff00000000000000000000000000000000000000000000909316179190911760b89190911b63ffffffff60b81b16176007556040519081527f0c1abfcc40e3aef41c0a2cc5ed33b7bdbfd712b631598178a8ea3cbaf3c614f990602090a16040516141b5908161045b823960805181613f18015260a05181613fcf015260c05181613ee9015260e05181613f6701526101005181613f8d01526101205181611d7a01526101405181611da40152f35b8463053ca98560e01b5f5260045260245ffd5b506276a7008511610271565b638ea70c0760e01b5f5260045260245ffd5b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176103a657604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361037f57565b6001600160a01b038116156103e05790565b63d92e233d60e01b5f5260045ffd5b601f81511161041a57602081519101516020821061040b571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c908163121e80dd14612c2f57508063164e68de14612ac757806317ccb30714612a8d5780631965ffd814612a6c5780631e69ef4014612a3257806324a9d85314612a0e578063284d2d68146129d45780632a114af2146129075780633b00532b146126da5780633e6d90e9146125d25780633f4ba83a146125325780635a408e7a146123985780635bf31d4d146123715780635c975abb1461234b57806361d027b314612317578063637cd7f0146122bc57806365b1342c1461229e57806366b0cada146122995780636cb93d3214612299578063715018a6146121f357806375244e34146120d957806379ba509714611fed5780637caba5df14611f6e5780637d1d832314611f335780638456cb5914611e7857806384b0196e14611d605780638c2ab23614611ccf5780638da5cb5b14611c9c5780638e981f5014611bd757806395d73aca14611ad25780639c3f1e9014611a285780639f949ad2146119ac578063a33730c3146118e8578063b195b01c146118ca578063b4ba0176146117d7578063ba539b5c1461163e578063bba4054a14611620578063bc651f6c146114d3578063d47c37e7146111bc578063d48f7d8214611062578063d55be8c614611045578063d8786e9614610ecf578063db44643214610d89578063e30c397814610d55578063ebad475414610953578063f110ed67146107ff578063f2fde38b1461075e578063f541ec9f146106f5578063f698da25146106d2578063f940e38514610504578063faaebd21146104bf578063fb1a715014610465578063fb2db2c3146102a65763fe25e00a14610270575f80fd5b346102a357806003193601126102a357602073ffffffffffffffffffffffffffffffffffffffff60085416604051908152f35b80fd5b50346102a3576101206003193601126102a3576102c16132bb565b6102c9612fd1565b808252600460205260408220805460ff811660078110156104385760038103610403575067ffffffffffffffff9060581c168042106103d8575060057fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055608435907f3f53756480d822ddf3ce02658d77fd50417a0e09c14a8fff7fe821c0513db7b56040805184815260026020820152a26064359073ffffffffffffffffffffffffffffffffffffffff821682036103d45760443573ffffffffffffffffffffffffffffffffffffffff811681036103d0576103aa9261378a565b807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b8380fd5b8280fd5b7f98a30b02000000000000000000000000000000000000000000000000000000008452600452602483fd5b84610436604492867f9d819744000000000000000000000000000000000000000000000000000000008452600452612de2565bfd5b6024857f4e487b710000000000000000000000000000000000000000000000000000000081526021600452fd5b50346102a3576101206003193601126102a3576020906104836132bb565b61048b6133f9565b9061049533613895565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b50346102a35760206003193601126102a357604060209173ffffffffffffffffffffffffffffffffffffffff6104f3612c83565b168152600683522054604051908152f35b50346102a35760406003193601126102a35761051e612c83565b90610527612ca6565b61052f6132bb565b73ffffffffffffffffffffffffffffffffffffffff8116156106aa5733825260056020526040822073ffffffffffffffffffffffffffffffffffffffff84165f5260205260405f20549081156106825773ffffffffffffffffffffffffffffffffffffffff83943385526005602052604085208282165f526020528460405f205516806040517fa4195c37c2947bbe89165f03e320b6903116f0b10d8cfdb522330f7ce6f9fa243391806106078888836020909392919373ffffffffffffffffffffffffffffffffffffffff60408201951681520152565b0390a380610673575082809281925af161061f612ed3565b501561064b57807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b807f3b1ab1040000000000000000000000000000000000000000000000000000000060049252fd5b61067d935061332f565b6103aa565b6004837fd0d04f60000000000000000000000000000000000000000000000000000000008152fd5b6004827fd92e233d000000000000000000000000000000000000000000000000000000008152fd5b50346102a357806003193601126102a35760206106ed613ed2565b604051908152f35b50346102a35760206003193601126102a357600435600481101561075a57604091816107218493612e3f565b81526009602052205467ffffffffffffffff82519173ffffffffffffffffffffffffffffffffffffffff8116835260a01c166020820152f35b5080fd5b50346102a35760206003193601126102a35773ffffffffffffffffffffffffffffffffffffffff61078d612c83565b610795613849565b16807fffffffffffffffffffffffff0000000000000000000000000000000000000000600154161760015573ffffffffffffffffffffffffffffffffffffffff8254167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b50346102a35760206003193601126102a35773ffffffffffffffffffffffffffffffffffffffff61083e610831612c83565b610839613849565b613aa5565b1661085267ffffffffffffffff4216613277565b9060405161085f81612e49565b81815267ffffffffffffffff9290921660208301818152909290600185526009602052604085209151825491517fffffffff0000000000000000000000000000000000000000000000000000000090921673ffffffffffffffffffffffffffffffffffffffff919091161760a09190911b7bffffffffffffffff00000000000000000000000000000000000000001617905560407f2533587f1abbd3a943ee4ce9c629e34393e7ff7b97077e381a7d9a7ad7191f8b9160019382519182526020820152a280f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b50346102a35761096236612d89565b93929061096d6132bb565b610976846130fc565b928387526004602052604087209586549060ff82166007811015610d285760018103610cf5575060c087019367ffffffffffffffff6109b486613251565b169467ffffffffffffffff8516958611610cb25750428511610c865790610a7891610a6760405160208101907f0f28b9443eed8ac077133c37aa09f16b2dbbdbd1d14eddb285fe6ad93e29250882528a604082015289606082015288608082015260808152610a2460a082612e92565b519020610a2f613ed2565b604291604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b610a7360a08b01612f76565b613dde565b15610c5e577f3650837ffd91cbeb35900d3f3c0a95442c08e65efd7cf866371d96d195843968606063ffffffff9567ffffffffffffffff6affffffffffffffff000000610b6a97610b53610afa988e8d998f610b038f60e07fffffffffffffffffffffffffffffffffffffffffff0000000000000000ffffff93019e8f613266565b16894216613299565b96879460181b169116178155907fffffffffffffffffffffffffff0000000000000000ffffffffffffffffffffff72ffffffffffffffff000000000000000000000083549260581b169116179055565b6040519384526020840152166040820152a2613266565b16610c2e57610c286103aa93608084013592610b8e61ffff835460081c16856136a1565b9160047fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790557f90ae71379a745075403a5787e89a9a77213d1591f76b5fa650315d0665c06c5f6060610be58487612f97565b604051908152846020820152896040820152a2610c226020610c1b60608701610c1685610c1183612f76565b613751565b612f76565b9501612f76565b92612f97565b9161378a565b505060027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556103aa565b6004887f5cd5d233000000000000000000000000000000000000000000000000000000008152fd5b60248a867f5986ca0e000000000000000000000000000000000000000000000000000000008252600452fd5b8a67ffffffffffffffff87610cc8604494613251565b907f6422ab2200000000000000000000000000000000000000000000000000000000845260045216602452fd5b89610436604492897f9d819744000000000000000000000000000000000000000000000000000000008452600452612de2565b60248a7f4e487b710000000000000000000000000000000000000000000000000000000081526021600452fd5b50346102a357806003193601126102a357602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b50346102a357610e1490610d9c36612df0565b90610da89592956132bb565b610db1846130fc565b95610dbb85612f76565b60405160208101907f2b4a9f6c36c70f337a1b523a2ad9470f4f62cce2fc1d4ed1acc0f118c9b5630f825289604082015267ffffffffffffffff8416606082015260608152610e0b608082612e92565b51902090613c37565b82825260046020526040822060ff8154166007811015806104385760018214159081610ec2575b81610e84575b50610e5157506103aa9293613d62565b83610436604492877f9d819744000000000000000000000000000000000000000000000000000000008452600452612de2565b9050610e955760038114155f610e41565b6024847f4e487b710000000000000000000000000000000000000000000000000000000081526021600452fd5b5050600281141584610e3b565b50346102a3576101206003193601126102a357610eea6132bb565b610ef2612fd1565b80825260046020526040822060ff8154166007811015610e955760018103611012575067ffffffffffffffff610f2661323a565b16421115610fd55760057fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055608435907f3f53756480d822ddf3ce02658d77fd50417a0e09c14a8fff7fe821c0513db7b56040805184815260016020820152a26064359073ffffffffffffffffffffffffffffffffffffffff821682036103d45760443573ffffffffffffffffffffffffffffffffffffffff811681036103d0576103aa9261378a565b60248367ffffffffffffffff610fe961323a565b7fb8b9256700000000000000000000000000000000000000000000000000000000835216600452fd5b83610436604492857f9d819744000000000000000000000000000000000000000000000000000000008452600452612de2565b50346102a357806003193601126102a35760206040516103e88152f35b50346102a35760206003193601126102a35760043563ffffffff811680910361075a5761108d613849565b62015180811080156111b0575b611185576110b167ffffffffffffffff4216613277565b906040516110be81612e49565b81815267ffffffffffffffff9290921660208301818152909290600385526009602052604085209151825491517fffffffff0000000000000000000000000000000000000000000000000000000090921673ffffffffffffffffffffffffffffffffffffffff919091161760a09190911b7bffffffffffffffff00000000000000000000000000000000000000001617905560407f2533587f1abbd3a943ee4ce9c629e34393e7ff7b97077e381a7d9a7ad7191f8b9160039382519182526020820152a280f35b7f053ca985000000000000000000000000000000000000000000000000000000008252600452602490fd5b506276a700811161109a565b50346102a35760206003193601126102a357600435600481101561075a576111e381612e3f565b8082526009602052604082209067ffffffffffffffff6040519261120684612e49565b5473ffffffffffffffffffffffffffffffffffffffff8116845260a01c1660208301908082521561149e5767ffffffffffffffff905116804210611465575061124e81612e3f565b808352600960205282604081205561126581612e3f565b806112e4575060207f931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e24391516007547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff75ffff00000000000000000000000000000000000000008360a01b1691161760075561ffff60405191168152a180f35b6112ed81612e3f565b600181036113655750602073ffffffffffffffffffffffffffffffffffffffff7fc714d22a2f08b695f81e7c707058db484aa5b4d6b4c9fd64beb10fe85832f608925116807fffffffffffffffffffffffff00000000000000000000000000000000000000006007541617600755604051908152a180f35b60029061137181612e3f565b036113e557602073ffffffffffffffffffffffffffffffffffffffff7fed09dd09a633c9b0b1e25be13667a88772e82a16f68172a8f7ba0f22b303fef8925116807fffffffffffffffffffffffff00000000000000000000000000000000000000006008541617600855604051908152a180f35b60207f0c1abfcc40e3aef41c0a2cc5ed33b7bdbfd712b631598178a8ea3cbaf3c614f991516007547fffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffff7affffffff00000000000000000000000000000000000000000000008360b81b1691161760075563ffffffff60405191168152a180f35b83906044927f2088e4ac00000000000000000000000000000000000000000000000000000000835261149681612e3f565b600452602452fd5b602484837fe386879a0000000000000000000000000000000000000000000000000000000082526114ce81612e3f565b600452fd5b50346102a35760206003193601126102a3576004359061ffff82168092036102a3576114fd613849565b6103e882116115f5577f2533587f1abbd3a943ee4ce9c629e34393e7ff7b97077e381a7d9a7ad7191f8b6040829361153e67ffffffffffffffff4216613277565b825161154981612e49565b82815267ffffffffffffffff6020820192169182815261156887612e3f565b86805260096020528487209151825491517fffffffff0000000000000000000000000000000000000000000000000000000090921673ffffffffffffffffffffffffffffffffffffffff919091161760a09190911b7bffffffffffffffff0000000000000000000000000000000000000000161790556115e785612e3f565b82519182526020820152a280f35b6024917f8ea70c07000000000000000000000000000000000000000000000000000000008252600452fd5b50346102a3576101206003193601126102a3575060206106ed612fd1565b50346102a3576101206003193601126102a3576116596132bb565b611661612fd1565b80825260046020526040822090815460ff8116600781101561043857600281036117a4575067ffffffffffffffff9060581c168042106117795750608435906116b261ffff845460081c16836136a1565b9260047fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790557f90ae71379a745075403a5787e89a9a77213d1591f76b5fa650315d0665c06c5f60606117098585612f97565b604051908152856020820152866040820152a26064359073ffffffffffffffffffffffffffffffffffffffff821682036103d0576117478383613751565b6024359073ffffffffffffffffffffffffffffffffffffffff82168203611775576103aa93610c2891612f97565b8480fd5b7f25ab75ff000000000000000000000000000000000000000000000000000000008452600452602483fd5b84610436604492857f9d819744000000000000000000000000000000000000000000000000000000008452600452612de2565b50346102a35760031936016101a0811261075a57610120136102a3576117fb612cea565b6118036132bb565b8161180c6133f9565b9173ffffffffffffffffffffffffffffffffffffffff61182a612f30565b1690813b156103d4576040517fd505accf00000000000000000000000000000000000000000000000000000000815233600482015230602482015260848035604483015261012435606483015260ff92909216918101919091526101643560a48201526101843560c48201529190829060e490829084905af16118b5575b5060209161049533613895565b6118c0838092612e92565b61075a575f6118a8565b50346102a357806003193601126102a3576020604051620151808152f35b50346102a35761196d906118fb36612df0565b906119079592956132bb565b611910846130fc565b9561191d60408601612f76565b60405160208101907f4293086356d8b3c4943f237c655a7a56c4896a300682925478d4e6fd6783fc0d825289604082015267ffffffffffffffff8416606082015260608152610e0b608082612e92565b82825260046020526040822060ff8154166007811015610e95576001811415806119a1575b610e5157506103aa9293613cbe565b506002811415611992565b50346102a35760606003193601126102a3576044359067ffffffffffffffff82168092036102a35760206106ed83604051838101917f0f28b9443eed8ac077133c37aa09f16b2dbbdbd1d14eddb285fe6ad93e292508835260043560408301526024356060830152608082015260808152610a2460a082612e92565b50346102a35760206003193601126102a3576004358152600460205260408120549060ff8216604051916007821015611aa5575060a09263ffffffff91835261ffff8160081c16602084015267ffffffffffffffff8160181c16604084015267ffffffffffffffff8160581c16606084015260981c166080820152f35b807f4e487b7100000000000000000000000000000000000000000000000000000000602492526021600452fd5b50346102a3576101206003193601126102a357611aed6132bb565b60043573ffffffffffffffffffffffffffffffffffffffff8116908181036103d457503303611baf57611b1e612fd1565b8082526004602052604082209060ff8254166007811015806104385760018214159081611ba2575b81611b91575b50611b5e57506103aa91600491613d62565b61043684916044937f9d819744000000000000000000000000000000000000000000000000000000008452600452612de2565b9050610e955760038114155f611b4c565b5050600281141584611b46565b807f5ec823510000000000000000000000000000000000000000000000000000000060049252fd5b50346102a35760206003193601126102a357600435600481101561075a57611bfd613849565b611c0681612e3f565b808252600960205267ffffffffffffffff604083205460a01c1615611c6c57611c2e81612e3f565b8082526009602052816040812055611c4581612e3f565b7f5bd08468891a33666b8c8f966a0e7ed5e1ab32f9fbce4fff8d337a6e54562ea08280a280f35b906024917fe386879a0000000000000000000000000000000000000000000000000000000082526114ce81612e3f565b50346102a357806003193601126102a35773ffffffffffffffffffffffffffffffffffffffff6020915416604051908152f35b50346102a3576103aa611d5b611ce436612d89565b91611cf09593956132bb565b611d056040611cfe876130fc565b9601612f76565b60405160208101907f878f932843dda82caf8052bb55dd6cf58c147591edc4ceeac0cd14c8bacc8214825287604082015288606082015267ffffffffffffffff8416608082015260808152610e0b60a082612e92565b613aec565b50346102a357806003193601126102a357611e1c90611d9e7f0000000000000000000000000000000000000000000000000000000000000000614065565b90611dc87f0000000000000000000000000000000000000000000000000000000000000000614065565b906020611e2a60405193611ddc8386612e92565b8385525f3681376040519687967f0f00000000000000000000000000000000000000000000000000000000000000885260e08589015260e0880190612d18565b908682036040880152612d18565b904660608601523060808601528260a086015284820360c08601528080855193848152019401925b828110611e6157505050500390f35b835185528695509381019392810192600101611e52565b50346102a357806003193601126102a357611e91613849565b60075460ff8160b01c16611f0b577fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff7601000000000000000000000000000000000000000000009116176007557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a180f35b6004827fd93c0665000000000000000000000000000000000000000000000000000000008152fd5b50346102a357806003193601126102a35760206040517f0f28b9443eed8ac077133c37aa09f16b2dbbdbd1d14eddb285fe6ad93e2925088152f35b50346102a3576003193601610140811261075a57610120136102a357611f926132bb565b73ffffffffffffffffffffffffffffffffffffffff611faf612f53565b163303611fc5576103aa61012435611d5b612fd1565b807f472e017e0000000000000000000000000000000000000000000000000000000060049252fd5b50346102a357806003193601126102a3573373ffffffffffffffffffffffffffffffffffffffff60015416036120ad577fffffffffffffffffffffffff0000000000000000000000000000000000000000600154166001558054337fffffffffffffffffffffffff0000000000000000000000000000000000000000821617825573ffffffffffffffffffffffffffffffffffffffff3391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b807f118cdaa7000000000000000000000000000000000000000000000000000000006024925233600452fd5b50346102a35760206003193601126102a35773ffffffffffffffffffffffffffffffffffffffff61210b610831612c83565b1661211f67ffffffffffffffff4216613277565b9060405161212c81612e49565b81815267ffffffffffffffff9290921660208301818152909290600285526009602052604085209151825491517fffffffff0000000000000000000000000000000000000000000000000000000090921673ffffffffffffffffffffffffffffffffffffffff919091161760a09190911b7bffffffffffffffff00000000000000000000000000000000000000001617905560407f2533587f1abbd3a943ee4ce9c629e34393e7ff7b97077e381a7d9a7ad7191f8b9160029382519182526020820152a280f35b50346102a357806003193601126102a35761220c613849565b7fffffffffffffffffffffffff0000000000000000000000000000000000000000600154166001558073ffffffffffffffffffffffffffffffffffffffff81547fffffffffffffffffffffffff000000000000000000000000000000000000000081168355167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a380f35b612cfb565b50346102a357806003193601126102a35760206040516202a3008152f35b50346102a35760406003193601126102a35773ffffffffffffffffffffffffffffffffffffffff60406122ed612c83565b92826122f7612ca6565b9416815260056020522091165f52602052602060405f2054604051908152f35b50346102a357806003193601126102a357602073ffffffffffffffffffffffffffffffffffffffff60075416604051908152f35b50346102a357806003193601126102a357602060ff60075460b01c166040519015158152f35b50346102a357806003193601126102a357602063ffffffff60075460b81c16604051908152f35b50346125025760031936016101a08112612502576101201361250257610124359067ffffffffffffffff8216809203612502576123d3612cea565b906123dc6132bb565b6123e46133f9565b918342116125065773ffffffffffffffffffffffffffffffffffffffff612409612f30565b16612412612f53565b90803b15612502576040517fd505accf00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90921660048301523060248301526084803560448401527fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008616909617606483015260ff909216948101949094526101643560a48501526101843560c48501525f90849081838160e4810103925af19283156124f7576020936124e4575b506104956124df612f53565b613895565b6124f091505f90612e92565b5f5f6124d3565b6040513d5f823e3d90fd5b5f80fd5b837ffcd4a11f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34612502575f6003193601126125025761254a613849565b60075460ff8160b01c16156125aa577fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff166007557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b7f8dfc202b000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461250257610120600319360112612502576125ec6132bb565b73ffffffffffffffffffffffffffffffffffffffff612609612f53565b1633036126b257612618612fd1565b805f52600460205260405f209060ff8254166007811015610926576001811415806126a7575b6126735761264e60048484613cbe565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6126a2917f9d819744000000000000000000000000000000000000000000000000000000005f52600452612de2565b60445ffd5b50600281141561263e565b7f472e017e000000000000000000000000000000000000000000000000000000005f5260045ffd5b346125025760031936016101408112612502576101201361250257610124356127016132bb565b73ffffffffffffffffffffffffffffffffffffffff6008541633036128df57612728612fd1565b90815f52600460205260405f209081549060ff8216600781101561092657600381036128af575067ffffffffffffffff8260581c16804210156128845750608435938482116128545761279161ffff6127868461281d969798612f97565b9560081c16856136a1565b9460067fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790557ffe0c7bc3e6a26396f4d85ec6e9858901c2943beca85b5b74826a2c30cc2546e360606127e88787612f97565b604051908582526020820152876040820152a261280784610c11612f30565b61280f612f30565b612817612f53565b9061378a565b612825612f30565b906024359073ffffffffffffffffffffffffffffffffffffffff821682036125025761264e93610c2891612f97565b84827fa9c6b137000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7feff852df000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6126a290857f9d819744000000000000000000000000000000000000000000000000000000005f52600452612de2565b7fccb665a6000000000000000000000000000000000000000000000000000000005f5260045ffd5b6101206003193601126125025761291c6132bb565b73ffffffffffffffffffffffffffffffffffffffff612939612f30565b166129ac5760843580340361297d5760206129526133f9565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b7f195a3ca1000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b7f0256965f000000000000000000000000000000000000000000000000000000005f5260045ffd5b34612502575f6003193601126125025760206040517f878f932843dda82caf8052bb55dd6cf58c147591edc4ceeac0cd14c8bacc82148152f35b34612502575f60031936011261250257602061ffff60075460a01c16604051908152f35b34612502575f6003193601126125025760206040517f2b4a9f6c36c70f337a1b523a2ad9470f4f62cce2fc1d4ed1acc0f118c9b5630f8152f35b346125025760206003193601126125025760206106ed600435610a2f613ed2565b34612502575f6003193601126125025760206040517f4293086356d8b3c4943f237c655a7a56c4896a300682925478d4e6fd6783fc0d8152f35b346125025760206003193601126125025773ffffffffffffffffffffffffffffffffffffffff612af5612c83565b612afd6132bb565b16805f52600660205260405f20548015612c075773ffffffffffffffffffffffffffffffffffffffff60075416825f5260066020525f6040812055827f5e110f8bc8a20b65dcc87f224bdf1cc039346e267118bae2739847f07321ffa860405180612b8c8686836020909392919373ffffffffffffffffffffffffffffffffffffffff60408201951681520152565b0390a282612bf9575f809350809281925af1612ba6612ed3565b5015612bd1575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f3b1ab104000000000000000000000000000000000000000000000000000000005f5260045ffd5b612c029261332f565b61264e565b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b34612502576040600319360112612502576024359067ffffffffffffffff8216809203612502576020917fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000060043516178152f35b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361250257565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361250257565b359073ffffffffffffffffffffffffffffffffffffffff8216820361250257565b610144359060ff8216820361250257565b34612502575f6003193601126125025760206040516276a7008152f35b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b9181601f840112156125025782359167ffffffffffffffff8311612502576020838186019501011161250257565b906003198201610180811261250257610120136125025760049161012435916101443567ffffffffffffffff811681036125025791610164359067ffffffffffffffff821161250257612dde91600401612d5b565b9091565b600781101561092657602452565b600319810161016081126125025761012013612502576004916101243567ffffffffffffffff811681036125025791610144359067ffffffffffffffff821161250257612dde91600401612d5b565b6004111561092657565b6040810190811067ffffffffffffffff821117612e6557604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117612e6557604052565b3d15612f2b573d9067ffffffffffffffff8211612e655760405191612f20601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200184612e92565b82523d5f602084013e565b606090565b60643573ffffffffffffffffffffffffffffffffffffffff811681036125025790565b60443573ffffffffffffffffffffffffffffffffffffffff811681036125025790565b3573ffffffffffffffffffffffffffffffffffffffff811681036125025790565b91908203918211612fa457565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b604051602081019046825230604082015260043573ffffffffffffffffffffffffffffffffffffffff811680910361250257606082015260243573ffffffffffffffffffffffffffffffffffffffff811680910361250257608082015260443573ffffffffffffffffffffffffffffffffffffffff81168091036125025760a082015260643573ffffffffffffffffffffffffffffffffffffffff81168091036125025760c082015260843560e082015260a43573ffffffffffffffffffffffffffffffffffffffff81168091036125025761010082015260c43567ffffffffffffffff81168091036125025761012082015260e43563ffffffff8116809103612502576101408201526101043561016082015261016081526130f661018082612e92565b51902090565b604051602081019146835230604083015273ffffffffffffffffffffffffffffffffffffffff61312b82612cc9565b16606083015273ffffffffffffffffffffffffffffffffffffffff61315260208301612cc9565b16608083015273ffffffffffffffffffffffffffffffffffffffff61317960408301612cc9565b1660a083015273ffffffffffffffffffffffffffffffffffffffff6131a060608301612cc9565b1660c0830152608081013560e083015273ffffffffffffffffffffffffffffffffffffffff6131d160a08301612cc9565b1661010083015260c081013567ffffffffffffffff811681036125025767ffffffffffffffff1661012083015260e08101359063ffffffff821682036125025763ffffffff6101009216610140840152013561016082015261016081526130f661018082612e92565b60c43567ffffffffffffffff811681036125025790565b3567ffffffffffffffff811681036125025790565b3563ffffffff811681036125025790565b67ffffffffffffffff6202a3009116019067ffffffffffffffff8211612fa457565b9067ffffffffffffffff8091169116019067ffffffffffffffff8211612fa457565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6133075760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b9173ffffffffffffffffffffffffffffffffffffffff604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f51148216156133d8575b604052156133965750565b73ffffffffffffffffffffffffffffffffffffffff907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b9060018115166133f057823b15153d1516169061338b565b503d5f823e3d90fd5b6007549060ff8260b01c166136795760043573ffffffffffffffffffffffffffffffffffffffff811690818103612502578115801561364f575b8015613625575b80156135fb575b80156135f1575b80156135d1575b80156135b3575b6129ac5761346460046130fc565b93845f52600460205260405f209060ff8254166007811015610926576135875781547fffffffffffffffffff00000000ffffffffffffffffffffffffffffffff00000016609882901c62ffff00161760209190911c76ffffffff000000000000000000000000000000000000001617600117905573ffffffffffffffffffffffffffffffffffffffff604435908116919082810361250257505060643573ffffffffffffffffffffffffffffffffffffffff811690818103612502575060243573ffffffffffffffffffffffffffffffffffffffff8116908181036125025786927fa91b153ecfa5553fef41c278bf76189dc942991609496921f084e51a3cb4313c926080925060405191825260843560208301526040820152336060820152a4565b857f129bcbc4000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060e43563ffffffff8116808203612502576276a700915011613456565b5060c43567ffffffffffffffff811690818103612502575042101561344f565b5060843515613448565b5060a43573ffffffffffffffffffffffffffffffffffffffff811690818103612502575015613441565b5060443573ffffffffffffffffffffffffffffffffffffffff81169081810361250257501561343a565b5060243573ffffffffffffffffffffffffffffffffffffffff811690818103612502575015613433565b7fd93c0665000000000000000000000000000000000000000000000000000000005f5260045ffd5b9190915f907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff84820990848102928380841093039280840393146137375782612710111561372557507fbc01a36e2eb1c432ca57a786c226809d495182a9930be0ded288ce703afb7e919394612710910990828211900360fc1b910360041c170290565b634e487b71905260116020526024601cfd5b5050506127109192500490565b91908201809211612fa457565b8161375a575050565b73ffffffffffffffffffffffffffffffffffffffff165f52600660205261378660405f20918254613744565b9055565b91909181156138445773ffffffffffffffffffffffffffffffffffffffff8116806137d057505f808080858761c350f15b156137c557505050565b6137ce92613ff5565b565b604051907fa9059cbb000000000000000000000000000000000000000000000000000000005f5273ffffffffffffffffffffffffffffffffffffffff85166004528360245260205f60448180855af19060015f5114821615613837575b50906040526137bb565b3b15153d1516165f61382d565b505050565b73ffffffffffffffffffffffffffffffffffffffff5f5416330361386957565b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6064359073ffffffffffffffffffffffffffffffffffffffff8216918281036125025782156129ac57506040517f70a08231000000000000000000000000000000000000000000000000000000008152306004820152602081602481865afa9081156124f7575f91613a73575b506084359273ffffffffffffffffffffffffffffffffffffffff604051937f23b872dd000000000000000000000000000000000000000000000000000000005f5216600452306024528360445260205f60648180855af160015f5114811615613a54575b836040525f60605215613a2957826024816020937f70a082310000000000000000000000000000000000000000000000000000000082523060048301525afa80156124f7575f906139f5575b6139bc9250612f97565b8181036139c7575050565b7f857dd552000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b506020823d602011613a21575b81613a0f60209383612e92565b81010312612502576139bc91516139b2565b3d9150613a02565b7f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001811516613a6a57813b15153d151616613966565b833d5f823e3d90fd5b90506020813d602011613a9d575b81613a8e60209383612e92565b8101031261250257515f613902565b3d9150613a81565b73ffffffffffffffffffffffffffffffffffffffff811615613ac45790565b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b90815f52600460205260405f20805460ff811660078110156109265760028103613bef575067ffffffffffffffff8160581c1680421015613bc457509167ffffffffffffffff604092613bb6613b6f63ffffffff7f6e4517579ada64de2d68695c478f5b9c9874289d40f158bac4e98352a89de873975b60981c16844216613299565b82547fffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff0016605882901b72ffffffffffffffff00000000000000000000001617600317909255565b8351928352166020820152a2565b7f20da7286000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600181036128af57509167ffffffffffffffff604092613bb6613b6f63ffffffff7f6e4517579ada64de2d68695c478f5b9c9874289d40f158bac4e98352a89de87397613b63565b909493929167ffffffffffffffff16804211613c935750613c5e613c649495610a2f613ed2565b90613dde565b15613c6b57565b7f5cd5d233000000000000000000000000000000000000000000000000000000005f5260045ffd5b7ffcd4a11f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b610c286137ce9392608084013592613cde61ffff835460081c16856136a1565b9160047fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790557f90ae71379a745075403a5787e89a9a77213d1591f76b5fa650315d0665c06c5f6060613d358487612f97565b60405190815284602082015260016040820152a2610c226020610c1b60608701610c1685610c1183612f76565b90916137ce9260057fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556080810135917f3f53756480d822ddf3ce02658d77fd50417a0e09c14a8fff7fe821c0513db7b5604080518581525f6020820152a26128176040613dd760608401612f76565b9201612f76565b90929192613ded8385836140bc565b50613df781612e3f565b159081613eaf575b50613ea65760647fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f855f96602098604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161690565b50505050600190565b905073ffffffffffffffffffffffffffffffffffffffff8084169116145f613dff565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016301480613fcc575b15613f3a577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526130f660c082612e92565b507f00000000000000000000000000000000000000000000000000000000000000004614613f11565b821561384457602073ffffffffffffffffffffffffffffffffffffffff807f4e45da441832cf53bdaa69235704fc0575e68210f459ee1562911024b12967d5931693845f526005835260405f208282165f52835260405f20614058878254613744565b90556040519586521693a3565b60ff811690601f82116140945760405191614081604084612e92565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b90604183036140e6576140df9250602081013591604082359201355f1a906140f0565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411614174579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156124f7575f5173ffffffffffffffffffffffffffffffffffffffff81161561416a57905f905f90565b505f906001905f90565b5050505f916003919056fea2646970667358221220d2961b186e5417868744bee5eb3fe110e1d6e931e67ba0a27040c4f73943a1a264736f6c634300081e0033",
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
// Solidity: constructor(address initialOwner, address initialTreasury, address initialArbiter, uint16 initialFeeBps, uint32 initialDisputePeriod) returns()
func (escrow *Escrow) PackConstructor(initialOwner common.Address, initialTreasury common.Address, initialArbiter common.Address, initialFeeBps uint16, initialDisputePeriod uint32) []byte {
	enc, err := escrow.abi.Pack("", initialOwner, initialTreasury, initialArbiter, initialFeeBps, initialDisputePeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCHANGEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65b1342c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHANGE_DELAY() view returns(uint64)
func (escrow *Escrow) PackCHANGEDELAY() []byte {
	enc, err := escrow.abi.Pack("CHANGE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHANGEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65b1342c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHANGE_DELAY() view returns(uint64)
func (escrow *Escrow) TryPackCHANGEDELAY() ([]byte, error) {
	return escrow.abi.Pack("CHANGE_DELAY")
}

// UnpackCHANGEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65b1342c.
//
// Solidity: function CHANGE_DELAY() view returns(uint64)
func (escrow *Escrow) UnpackCHANGEDELAY(data []byte) (uint64, error) {
	out, err := escrow.abi.Unpack("CHANGE_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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

// PackMAXDISPUTEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cb93d32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DISPUTE_PERIOD() view returns(uint32)
func (escrow *Escrow) PackMAXDISPUTEPERIOD() []byte {
	enc, err := escrow.abi.Pack("MAX_DISPUTE_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDISPUTEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cb93d32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DISPUTE_PERIOD() view returns(uint32)
func (escrow *Escrow) TryPackMAXDISPUTEPERIOD() ([]byte, error) {
	return escrow.abi.Pack("MAX_DISPUTE_PERIOD")
}

// UnpackMAXDISPUTEPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cb93d32.
//
// Solidity: function MAX_DISPUTE_PERIOD() view returns(uint32)
func (escrow *Escrow) UnpackMAXDISPUTEPERIOD(data []byte) (uint32, error) {
	out, err := escrow.abi.Unpack("MAX_DISPUTE_PERIOD", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
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

// PackMINDISPUTEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb195b01c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_DISPUTE_PERIOD() view returns(uint32)
func (escrow *Escrow) PackMINDISPUTEPERIOD() []byte {
	enc, err := escrow.abi.Pack("MIN_DISPUTE_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINDISPUTEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb195b01c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_DISPUTE_PERIOD() view returns(uint32)
func (escrow *Escrow) TryPackMINDISPUTEPERIOD() ([]byte, error) {
	return escrow.abi.Pack("MIN_DISPUTE_PERIOD")
}

// UnpackMINDISPUTEPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb195b01c.
//
// Solidity: function MIN_DISPUTE_PERIOD() view returns(uint32)
func (escrow *Escrow) UnpackMINDISPUTEPERIOD(data []byte) (uint32, error) {
	out, err := escrow.abi.Unpack("MIN_DISPUTE_PERIOD", data)
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

// PackApplyChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd47c37e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyChange(uint8 what) returns()
func (escrow *Escrow) PackApplyChange(what uint8) []byte {
	enc, err := escrow.abi.Pack("applyChange", what)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd47c37e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyChange(uint8 what) returns()
func (escrow *Escrow) TryPackApplyChange(what uint8) ([]byte, error) {
	return escrow.abi.Pack("applyChange", what)
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

// PackCancelChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e981f50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelChange(uint8 what) returns()
func (escrow *Escrow) PackCancelChange(what uint8) []byte {
	enc, err := escrow.abi.Pack("cancelChange", what)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e981f50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelChange(uint8 what) returns()
func (escrow *Escrow) TryPackCancelChange(what uint8) ([]byte, error) {
	return escrow.abi.Pack("cancelChange", what)
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

// PackDisputePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bf31d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputePeriod() view returns(uint32)
func (escrow *Escrow) PackDisputePeriod() []byte {
	enc, err := escrow.abi.Pack("disputePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bf31d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputePeriod() view returns(uint32)
func (escrow *Escrow) TryPackDisputePeriod() ([]byte, error) {
	return escrow.abi.Pack("disputePeriod")
}

// UnpackDisputePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bf31d4d.
//
// Solidity: function disputePeriod() view returns(uint32)
func (escrow *Escrow) UnpackDisputePeriod(data []byte) (uint32, error) {
	out, err := escrow.abi.Unpack("disputePeriod", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
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
// Solidity: function orders(bytes32 orderId) view returns(uint8 status, uint16 feeBps, uint64 deliveredAt, uint64 releasableAt, uint32 disputePeriod)
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
// Solidity: function orders(bytes32 orderId) view returns(uint8 status, uint16 feeBps, uint64 deliveredAt, uint64 releasableAt, uint32 disputePeriod)
func (escrow *Escrow) TryPackOrders(orderId [32]byte) ([]byte, error) {
	return escrow.abi.Pack("orders", orderId)
}

// OrdersOutput serves as a container for the return parameters of contract
// method Orders.
type OrdersOutput struct {
	Status        uint8
	FeeBps        uint16
	DeliveredAt   uint64
	ReleasableAt  uint64
	DisputePeriod uint32
}

// UnpackOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c3f1e90.
//
// Solidity: function orders(bytes32 orderId) view returns(uint8 status, uint16 feeBps, uint64 deliveredAt, uint64 releasableAt, uint32 disputePeriod)
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
	outstruct.DisputePeriod = *abi.ConvertType(out[4], new(uint32)).(*uint32)
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

// PackPendingChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf541ec9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingChanges(uint8 what) view returns(uint160 value, uint64 effectiveAt)
func (escrow *Escrow) PackPendingChanges(what uint8) []byte {
	enc, err := escrow.abi.Pack("pendingChanges", what)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf541ec9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingChanges(uint8 what) view returns(uint160 value, uint64 effectiveAt)
func (escrow *Escrow) TryPackPendingChanges(what uint8) ([]byte, error) {
	return escrow.abi.Pack("pendingChanges", what)
}

// PendingChangesOutput serves as a container for the return parameters of contract
// method PendingChanges.
type PendingChangesOutput struct {
	Value       *big.Int
	EffectiveAt uint64
}

// UnpackPendingChanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf541ec9f.
//
// Solidity: function pendingChanges(uint8 what) view returns(uint160 value, uint64 effectiveAt)
func (escrow *Escrow) UnpackPendingChanges(data []byte) (PendingChangesOutput, error) {
	out, err := escrow.abi.Unpack("pendingChanges", data)
	outstruct := new(PendingChangesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Value = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.EffectiveAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackProposeArbiter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75244e34.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeArbiter(address newArbiter) returns()
func (escrow *Escrow) PackProposeArbiter(newArbiter common.Address) []byte {
	enc, err := escrow.abi.Pack("proposeArbiter", newArbiter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeArbiter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75244e34.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeArbiter(address newArbiter) returns()
func (escrow *Escrow) TryPackProposeArbiter(newArbiter common.Address) ([]byte, error) {
	return escrow.abi.Pack("proposeArbiter", newArbiter)
}

// PackProposeDisputePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd48f7d82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeDisputePeriod(uint32 newDisputePeriod) returns()
func (escrow *Escrow) PackProposeDisputePeriod(newDisputePeriod uint32) []byte {
	enc, err := escrow.abi.Pack("proposeDisputePeriod", newDisputePeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeDisputePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd48f7d82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeDisputePeriod(uint32 newDisputePeriod) returns()
func (escrow *Escrow) TryPackProposeDisputePeriod(newDisputePeriod uint32) ([]byte, error) {
	return escrow.abi.Pack("proposeDisputePeriod", newDisputePeriod)
}

// PackProposeFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc651f6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeFee(uint16 newFeeBps) returns()
func (escrow *Escrow) PackProposeFee(newFeeBps uint16) []byte {
	enc, err := escrow.abi.Pack("proposeFee", newFeeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc651f6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeFee(uint16 newFeeBps) returns()
func (escrow *Escrow) TryPackProposeFee(newFeeBps uint16) ([]byte, error) {
	return escrow.abi.Pack("proposeFee", newFeeBps)
}

// PackProposeTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf110ed67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeTreasury(address newTreasury) returns()
func (escrow *Escrow) PackProposeTreasury(newTreasury common.Address) []byte {
	enc, err := escrow.abi.Pack("proposeTreasury", newTreasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf110ed67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeTreasury(address newTreasury) returns()
func (escrow *Escrow) TryPackProposeTreasury(newTreasury common.Address) ([]byte, error) {
	return escrow.abi.Pack("proposeTreasury", newTreasury)
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

// PackRefundExpiredDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb2db2c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundExpiredDispute((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) PackRefundExpiredDispute(terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("refundExpiredDispute", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundExpiredDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb2db2c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundExpiredDispute((address,address,address,address,uint256,address,uint64,uint32,bytes32) terms) returns()
func (escrow *Escrow) TryPackRefundExpiredDispute(terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("refundExpiredDispute", terms)
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

// EscrowChangeCancelled represents a ChangeCancelled event raised by the Escrow contract.
type EscrowChangeCancelled struct {
	What uint8
	Raw  *types.Log // Blockchain specific contextual infos
}

const EscrowChangeCancelledEventName = "ChangeCancelled"

// ContractEventName returns the user-defined event name.
func (EscrowChangeCancelled) ContractEventName() string {
	return EscrowChangeCancelledEventName
}

// UnpackChangeCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeCancelled(uint8 indexed what)
func (escrow *Escrow) UnpackChangeCancelledEvent(log *types.Log) (*EscrowChangeCancelled, error) {
	event := "ChangeCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowChangeCancelled)
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

// EscrowChangeProposed represents a ChangeProposed event raised by the Escrow contract.
type EscrowChangeProposed struct {
	What        uint8
	Value       *big.Int
	EffectiveAt uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const EscrowChangeProposedEventName = "ChangeProposed"

// ContractEventName returns the user-defined event name.
func (EscrowChangeProposed) ContractEventName() string {
	return EscrowChangeProposedEventName
}

// UnpackChangeProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeProposed(uint8 indexed what, uint256 value, uint64 effectiveAt)
func (escrow *Escrow) UnpackChangeProposedEvent(log *types.Log) (*EscrowChangeProposed, error) {
	event := "ChangeProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowChangeProposed)
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

// EscrowDisputePeriodChanged represents a DisputePeriodChanged event raised by the Escrow contract.
type EscrowDisputePeriodChanged struct {
	DisputePeriod uint32
	Raw           *types.Log // Blockchain specific contextual infos
}

const EscrowDisputePeriodChangedEventName = "DisputePeriodChanged"

// ContractEventName returns the user-defined event name.
func (EscrowDisputePeriodChanged) ContractEventName() string {
	return EscrowDisputePeriodChangedEventName
}

// UnpackDisputePeriodChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputePeriodChanged(uint32 disputePeriod)
func (escrow *Escrow) UnpackDisputePeriodChangedEvent(log *types.Log) (*EscrowDisputePeriodChanged, error) {
	event := "DisputePeriodChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowDisputePeriodChanged)
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
	DecideBy   uint64
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
// Solidity: event Disputed(bytes32 indexed orderId, bytes32 reasonHash, uint64 decideBy)
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
	if bytes.Equal(raw[:4], escrow.abi.Errors["ArbiterDeadlinePassed"].ID.Bytes()[:4]) {
		return escrow.UnpackArbiterDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ArbiterDeadlineRunning"].ID.Bytes()[:4]) {
		return escrow.UnpackArbiterDeadlineRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return escrow.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ChangeNotDue"].ID.Bytes()[:4]) {
		return escrow.UnpackChangeNotDueError(raw[4:])
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
	if bytes.Equal(raw[:4], escrow.abi.Errors["InvalidDisputePeriod"].ID.Bytes()[:4]) {
		return escrow.UnpackInvalidDisputePeriodError(raw[4:])
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
	if bytes.Equal(raw[:4], escrow.abi.Errors["NoPendingChange"].ID.Bytes()[:4]) {
		return escrow.UnpackNoPendingChangeError(raw[4:])
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

// EscrowArbiterDeadlinePassed represents a ArbiterDeadlinePassed error raised by the Escrow contract.
type EscrowArbiterDeadlinePassed struct {
	DecideBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbiterDeadlinePassed(uint64 decideBy)
func EscrowArbiterDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xeff852df9c33714c0647f6d08b48c40576ab931a449ccf84e419863a892904c0")
}

// UnpackArbiterDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbiterDeadlinePassed(uint64 decideBy)
func (escrow *Escrow) UnpackArbiterDeadlinePassedError(raw []byte) (*EscrowArbiterDeadlinePassed, error) {
	out := new(EscrowArbiterDeadlinePassed)
	if err := escrow.abi.UnpackIntoInterface(out, "ArbiterDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowArbiterDeadlineRunning represents a ArbiterDeadlineRunning error raised by the Escrow contract.
type EscrowArbiterDeadlineRunning struct {
	DecideBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbiterDeadlineRunning(uint64 decideBy)
func EscrowArbiterDeadlineRunningErrorID() common.Hash {
	return common.HexToHash("0x98a30b022a1c348a832d8086d90f458ec0b85b2d3c15b170118afe41c9628ca2")
}

// UnpackArbiterDeadlineRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbiterDeadlineRunning(uint64 decideBy)
func (escrow *Escrow) UnpackArbiterDeadlineRunningError(raw []byte) (*EscrowArbiterDeadlineRunning, error) {
	out := new(EscrowArbiterDeadlineRunning)
	if err := escrow.abi.UnpackIntoInterface(out, "ArbiterDeadlineRunning", raw); err != nil {
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

// EscrowChangeNotDue represents a ChangeNotDue error raised by the Escrow contract.
type EscrowChangeNotDue struct {
	What        uint8
	EffectiveAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeNotDue(uint8 what, uint64 effectiveAt)
func EscrowChangeNotDueErrorID() common.Hash {
	return common.HexToHash("0x2088e4acb149071e88c673d34939466a59a1eb166b3aa7c370fd1e77ecd6387e")
}

// UnpackChangeNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeNotDue(uint8 what, uint64 effectiveAt)
func (escrow *Escrow) UnpackChangeNotDueError(raw []byte) (*EscrowChangeNotDue, error) {
	out := new(EscrowChangeNotDue)
	if err := escrow.abi.UnpackIntoInterface(out, "ChangeNotDue", raw); err != nil {
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

// EscrowInvalidDisputePeriod represents a InvalidDisputePeriod error raised by the Escrow contract.
type EscrowInvalidDisputePeriod struct {
	DisputePeriod uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDisputePeriod(uint32 disputePeriod)
func EscrowInvalidDisputePeriodErrorID() common.Hash {
	return common.HexToHash("0x053ca9858c2d8b92ca13046a6d40028858b567cef7a3a5340beca2cccde1079f")
}

// UnpackInvalidDisputePeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDisputePeriod(uint32 disputePeriod)
func (escrow *Escrow) UnpackInvalidDisputePeriodError(raw []byte) (*EscrowInvalidDisputePeriod, error) {
	out := new(EscrowInvalidDisputePeriod)
	if err := escrow.abi.UnpackIntoInterface(out, "InvalidDisputePeriod", raw); err != nil {
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

// EscrowNoPendingChange represents a NoPendingChange error raised by the Escrow contract.
type EscrowNoPendingChange struct {
	What uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingChange(uint8 what)
func EscrowNoPendingChangeErrorID() common.Hash {
	return common.HexToHash("0xe386879ad53f22b740e4293aef66f58a69e4db4f16f21739059d4832c1e3fb9c")
}

// UnpackNoPendingChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingChange(uint8 what)
func (escrow *Escrow) UnpackNoPendingChangeError(raw []byte) (*EscrowNoPendingChange, error) {
	out := new(EscrowNoPendingChange)
	if err := escrow.abi.UnpackIntoInterface(out, "NoPendingChange", raw); err != nil {
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
