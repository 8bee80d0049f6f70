// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package eventanchor

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

// EventAnchorMetaData contains all meta data concerning the EventAnchor contract.
var EventAnchorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialAnchorer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAnchorer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"NotGrowing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"}],\"name\":\"AnchorerChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"Checkpoint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"newSize\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"newRoot\",\"type\":\"bytes32\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAnchorer\",\"type\":\"address\"}],\"name\":\"setAnchorer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"size\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "EventAnchor",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161069938038061069983398101604081905261002e91610177565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610076565b5061006f81610092565b50506101a8565b600180546001600160a01b031916905561008f8161010d565b50565b6001600160a01b0381166100b95760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040519081527f9b9f3ea33be1bbd40b68669e92f2ef683cc29f4e68991cbab9c9bc19a34687569060200160405180910390a150565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b0381168114610172575f5ffd5b919050565b5f5f60408385031215610188575f5ffd5b6101918361015c565b915061019f6020840161015c565b90509250929050565b6104e4806101b55f395ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c80638da5cb5b116100635780638da5cb5b146100e9578063949d225d146100f9578063a68552081461012d578063e30c397814610140578063f2fde38b14610151575f5ffd5b80630e0ab0a114610094578063715018a6146100a957806379ba5097146100b157806384609921146100b9575b5f5ffd5b6100a76100a236600461044b565b610164565b005b6100a7610178565b6100a761018b565b6002546100cc906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b5f546001600160a01b03166100cc565b60025461011490600160a01b900467ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016100e0565b6100a761013b366004610478565b6101d1565b6001546001600160a01b03166100cc565b6100a761015f36600461044b565b6102d1565b61016c610341565b6101758161036d565b50565b610180610341565b6101895f6103e8565b565b60015433906001600160a01b031681146101c85760405163118cdaa760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b610175816103e8565b600254600160a01b810467ffffffffffffffff16906001600160a01b0316331461021057604051630e5e5f6f60e01b81523360048201526024016101bf565b8161022e5760405163b263ae7360e01b815260040160405180910390fd5b8067ffffffffffffffff168367ffffffffffffffff16116102755760405162c1bd4760e81b815267ffffffffffffffff8083166004830152841660248201526044016101bf565b6002805467ffffffffffffffff60a01b1916600160a01b67ffffffffffffffff8616908102919091179091556040518391907fec7726da2014e98b2158275cefb3a14cf7abf23d9bd05e9b930748be9d3cc961905f90a3505050565b6102d9610341565b600180546001600160a01b0383166001600160a01b031990911681179091556103095f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f546001600160a01b031633146101895760405163118cdaa760e01b81523360048201526024016101bf565b6001600160a01b0381166103945760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040519081527f9b9f3ea33be1bbd40b68669e92f2ef683cc29f4e68991cbab9c9bc19a34687569060200160405180910390a150565b600180546001600160a01b0319169055610175815f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121561045b575f5ffd5b81356001600160a01b0381168114610471575f5ffd5b9392505050565b5f5f60408385031215610489575f5ffd5b823567ffffffffffffffff811681146104a0575f5ffd5b94602093909301359350505056fea2646970667358221220119c581848127c848bdcbcde99674ccd5fc0afd0f27e2d3779a8e15b92bb65d764736f6c634300081e0033",
}

// EventAnchor is an auto generated Go binding around an Ethereum contract.
type EventAnchor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EventAnchor) GetABI() abi.ABI {
	return c.abi
}

// NewEventAnchor creates a new instance of EventAnchor.
func NewEventAnchor() *EventAnchor {
	parsed, err := EventAnchorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EventAnchor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EventAnchor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, address initialAnchorer) returns()
func (eventAnchor *EventAnchor) PackConstructor(initialOwner common.Address, initialAnchorer common.Address) []byte {
	enc, err := eventAnchor.abi.Pack("", initialOwner, initialAnchorer)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (eventAnchor *EventAnchor) PackAcceptOwnership() []byte {
	enc, err := eventAnchor.abi.Pack("acceptOwnership")
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
func (eventAnchor *EventAnchor) TryPackAcceptOwnership() ([]byte, error) {
	return eventAnchor.abi.Pack("acceptOwnership")
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6855208.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor(uint64 newSize, bytes32 newRoot) returns()
func (eventAnchor *EventAnchor) PackAnchor(newSize uint64, newRoot [32]byte) []byte {
	enc, err := eventAnchor.abi.Pack("anchor", newSize, newRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6855208.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor(uint64 newSize, bytes32 newRoot) returns()
func (eventAnchor *EventAnchor) TryPackAnchor(newSize uint64, newRoot [32]byte) ([]byte, error) {
	return eventAnchor.abi.Pack("anchor", newSize, newRoot)
}

// PackAnchorer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84609921.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorer() view returns(address)
func (eventAnchor *EventAnchor) PackAnchorer() []byte {
	enc, err := eventAnchor.abi.Pack("anchorer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84609921.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorer() view returns(address)
func (eventAnchor *EventAnchor) TryPackAnchorer() ([]byte, error) {
	return eventAnchor.abi.Pack("anchorer")
}

// UnpackAnchorer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84609921.
//
// Solidity: function anchorer() view returns(address)
func (eventAnchor *EventAnchor) UnpackAnchorer(data []byte) (common.Address, error) {
	out, err := eventAnchor.abi.Unpack("anchorer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (eventAnchor *EventAnchor) PackOwner() []byte {
	enc, err := eventAnchor.abi.Pack("owner")
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
func (eventAnchor *EventAnchor) TryPackOwner() ([]byte, error) {
	return eventAnchor.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (eventAnchor *EventAnchor) UnpackOwner(data []byte) (common.Address, error) {
	out, err := eventAnchor.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (eventAnchor *EventAnchor) PackPendingOwner() []byte {
	enc, err := eventAnchor.abi.Pack("pendingOwner")
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
func (eventAnchor *EventAnchor) TryPackPendingOwner() ([]byte, error) {
	return eventAnchor.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (eventAnchor *EventAnchor) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := eventAnchor.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (eventAnchor *EventAnchor) PackRenounceOwnership() []byte {
	enc, err := eventAnchor.abi.Pack("renounceOwnership")
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
func (eventAnchor *EventAnchor) TryPackRenounceOwnership() ([]byte, error) {
	return eventAnchor.abi.Pack("renounceOwnership")
}

// PackSetAnchorer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e0ab0a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAnchorer(address newAnchorer) returns()
func (eventAnchor *EventAnchor) PackSetAnchorer(newAnchorer common.Address) []byte {
	enc, err := eventAnchor.abi.Pack("setAnchorer", newAnchorer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAnchorer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e0ab0a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAnchorer(address newAnchorer) returns()
func (eventAnchor *EventAnchor) TryPackSetAnchorer(newAnchorer common.Address) ([]byte, error) {
	return eventAnchor.abi.Pack("setAnchorer", newAnchorer)
}

// PackSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x949d225d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function size() view returns(uint64)
func (eventAnchor *EventAnchor) PackSize() []byte {
	enc, err := eventAnchor.abi.Pack("size")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x949d225d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function size() view returns(uint64)
func (eventAnchor *EventAnchor) TryPackSize() ([]byte, error) {
	return eventAnchor.abi.Pack("size")
}

// UnpackSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x949d225d.
//
// Solidity: function size() view returns(uint64)
func (eventAnchor *EventAnchor) UnpackSize(data []byte) (uint64, error) {
	out, err := eventAnchor.abi.Unpack("size", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (eventAnchor *EventAnchor) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := eventAnchor.abi.Pack("transferOwnership", newOwner)
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
func (eventAnchor *EventAnchor) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return eventAnchor.abi.Pack("transferOwnership", newOwner)
}

// EventAnchorAnchorerChanged represents a AnchorerChanged event raised by the EventAnchor contract.
type EventAnchorAnchorerChanged struct {
	Anchorer common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const EventAnchorAnchorerChangedEventName = "AnchorerChanged"

// ContractEventName returns the user-defined event name.
func (EventAnchorAnchorerChanged) ContractEventName() string {
	return EventAnchorAnchorerChangedEventName
}

// UnpackAnchorerChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnchorerChanged(address anchorer)
func (eventAnchor *EventAnchor) UnpackAnchorerChangedEvent(log *types.Log) (*EventAnchorAnchorerChanged, error) {
	event := "AnchorerChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eventAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EventAnchorAnchorerChanged)
	if len(log.Data) > 0 {
		if err := eventAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eventAnchor.abi.Events[event].Inputs {
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

// EventAnchorCheckpoint represents a Checkpoint event raised by the EventAnchor contract.
type EventAnchorCheckpoint struct {
	Size uint64
	Root [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const EventAnchorCheckpointEventName = "Checkpoint"

// ContractEventName returns the user-defined event name.
func (EventAnchorCheckpoint) ContractEventName() string {
	return EventAnchorCheckpointEventName
}

// UnpackCheckpointEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Checkpoint(uint64 indexed size, bytes32 indexed root)
func (eventAnchor *EventAnchor) UnpackCheckpointEvent(log *types.Log) (*EventAnchorCheckpoint, error) {
	event := "Checkpoint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eventAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EventAnchorCheckpoint)
	if len(log.Data) > 0 {
		if err := eventAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eventAnchor.abi.Events[event].Inputs {
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

// EventAnchorOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the EventAnchor contract.
type EventAnchorOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const EventAnchorOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (EventAnchorOwnershipTransferStarted) ContractEventName() string {
	return EventAnchorOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (eventAnchor *EventAnchor) UnpackOwnershipTransferStartedEvent(log *types.Log) (*EventAnchorOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eventAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EventAnchorOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := eventAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eventAnchor.abi.Events[event].Inputs {
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

// EventAnchorOwnershipTransferred represents a OwnershipTransferred event raised by the EventAnchor contract.
type EventAnchorOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const EventAnchorOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (EventAnchorOwnershipTransferred) ContractEventName() string {
	return EventAnchorOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (eventAnchor *EventAnchor) UnpackOwnershipTransferredEvent(log *types.Log) (*EventAnchorOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eventAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EventAnchorOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := eventAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eventAnchor.abi.Events[event].Inputs {
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
func (eventAnchor *EventAnchor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["NotAnchorer"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackNotAnchorerError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["NotGrowing"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackNotGrowingError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EventAnchorNotAnchorer represents a NotAnchorer error raised by the EventAnchor contract.
type EventAnchorNotAnchorer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAnchorer(address caller)
func EventAnchorNotAnchorerErrorID() common.Hash {
	return common.HexToHash("0x0e5e5f6fb7b58e86a564686afc7a504f61673ce48074764f6af98ea30d68fcd6")
}

// UnpackNotAnchorerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAnchorer(address caller)
func (eventAnchor *EventAnchor) UnpackNotAnchorerError(raw []byte) (*EventAnchorNotAnchorer, error) {
	out := new(EventAnchorNotAnchorer)
	if err := eventAnchor.abi.UnpackIntoInterface(out, "NotAnchorer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EventAnchorNotGrowing represents a NotGrowing error raised by the EventAnchor contract.
type EventAnchorNotGrowing struct {
	Last uint64
	Got  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGrowing(uint64 last, uint64 got)
func EventAnchorNotGrowingErrorID() common.Hash {
	return common.HexToHash("0xc1bd47003e89a4e90813ecfc526b771a9fbd0f8c2255d075cfa111386ce23320")
}

// UnpackNotGrowingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGrowing(uint64 last, uint64 got)
func (eventAnchor *EventAnchor) UnpackNotGrowingError(raw []byte) (*EventAnchorNotGrowing, error) {
	out := new(EventAnchorNotGrowing)
	if err := eventAnchor.abi.UnpackIntoInterface(out, "NotGrowing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EventAnchorOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the EventAnchor contract.
type EventAnchorOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func EventAnchorOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (eventAnchor *EventAnchor) UnpackOwnableInvalidOwnerError(raw []byte) (*EventAnchorOwnableInvalidOwner, error) {
	out := new(EventAnchorOwnableInvalidOwner)
	if err := eventAnchor.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EventAnchorOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the EventAnchor contract.
type EventAnchorOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func EventAnchorOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (eventAnchor *EventAnchor) UnpackOwnableUnauthorizedAccountError(raw []byte) (*EventAnchorOwnableUnauthorizedAccount, error) {
	out := new(EventAnchorOwnableUnauthorizedAccount)
	if err := eventAnchor.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EventAnchorZeroAddress represents a ZeroAddress error raised by the EventAnchor contract.
type EventAnchorZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func EventAnchorZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (eventAnchor *EventAnchor) UnpackZeroAddressError(raw []byte) (*EventAnchorZeroAddress, error) {
	out := new(EventAnchorZeroAddress)
	if err := eventAnchor.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EventAnchorZeroRoot represents a ZeroRoot error raised by the EventAnchor contract.
type EventAnchorZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func EventAnchorZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (eventAnchor *EventAnchor) UnpackZeroRootError(raw []byte) (*EventAnchorZeroRoot, error) {
	out := new(EventAnchorZeroRoot)
	if err := eventAnchor.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
