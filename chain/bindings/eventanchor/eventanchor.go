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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialAnchorer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAnchorer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"RootExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"SequenceGap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstSeq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"}],\"name\":\"AnchorerChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSeq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"batches\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"firstSeq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"eventHash\",\"type\":\"bytes32\"}],\"name\":\"leaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextSeq\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAnchorer\",\"type\":\"address\"}],\"name\":\"setAnchorer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"eventHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "EventAnchor",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610bfc380380610bfc83398101604081905261002e91610177565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610076565b5061006f81610092565b50506101a8565b600180546001600160a01b031916905561008f8161010d565b50565b6001600160a01b0381166100b95760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040519081527f9b9f3ea33be1bbd40b68669e92f2ef683cc29f4e68991cbab9c9bc19a34687569060200160405180910390a150565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b0381168114610172575f5ffd5b919050565b5f5f60408385031215610188575f5ffd5b6101918361015c565b915061019f6020840161015c565b90509250929050565b610a47806101b55f395ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c806379ba509711610088578063c81e25ab11610063578063c81e25ab146101b7578063e30c397814610231578063f2fde38b14610242578063fb6320d014610255575f5ffd5b806379ba509714610174578063846099211461017c5780638da5cb5b146101a7575f5ffd5b806306f13056146100cf5780630e0ab0a11461010057806326597a9d1461011557806330ba3c4a14610136578063715018a614610159578063755c698a14610161575b5f5ffd5b6002546100e690600160e01b900463ffffffff1681565b60405163ffffffff90911681526020015b60405180910390f35b61011361010e366004610847565b610287565b005b610128610123366004610888565b61029b565b6040519081526020016100f7565b6101496101443660046108b0565b6102f5565b60405190151581526020016100f7565b6101136103ca565b61011361016f36600461093f565b6103dd565b610113610600565b60025461018f906001600160a01b031681565b6040516001600160a01b0390911681526020016100f7565b5f546001600160a01b031661018f565b6101fe6101c5366004610978565b60036020525f90815260409020546001600160401b0380821691600160401b8104821691600160801b8204811691600160c01b90041684565b604080516001600160401b03958616815293851660208501529184169183019190915290911660608201526080016100f7565b6001546001600160a01b031661018f565b610113610250366004610847565b610641565b60025461026f90600160a01b90046001600160401b031681565b6040516001600160401b0390911681526020016100f7565b61028f6106b1565b610298816106dd565b50565b604080516001600160401b03841660208201529081018290525f9060600160408051601f19818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090505b92915050565b5f858152600360209081526040808320815160808101835290546001600160401b038082168352600160401b82048116948301859052600160801b8204811693830193909352600160c01b9004909116606082015290158061036b5750805f01516001600160401b0316866001600160401b0316105b8061039a575080602001516001600160401b0316815f01518761038e91906109a3565b6001600160401b031610155b156103a8575f9150506103c1565b6103bd8484896103b88a8a61029b565b610758565b9150505b95945050505050565b6103d26106b1565b6103db5f61076f565b565b6002546001600160a01b031633146104085760405163d46c421560e01b815260040160405180910390fd5b806001600160401b03165f036104315760405163c2e5347d60e01b815260040160405180910390fd5b8261044f5760405163b263ae7360e01b815260040160405180910390fd5b6002546001600160401b03600160a01b9091048116908316811461049e57604051630104d00560e41b81526001600160401b038083166004830152841660248201526044015b60405180910390fd5b5f8481526003602052604090208054600160401b90046001600160401b0316156104de57604051634b7642af60e11b815260048101869052602401610495565b600254600160e01b900463ffffffff166104f884846109c2565b600280546001600160401b0392909216600160a01b0267ffffffffffffffff60a01b1990921691909117905561052f8160016109e1565b6002805463ffffffff928316600160e01b026001600160e01b039091161790558254600160c01b9183169182026001600160c01b03426001600160401b03908116600160801b02919091166fffffffffffffffffffffffffffffffff898316600160401b81026fffffffffffffffffffffffffffffffff19909616938c1693841795909517161791909117855560408051918252602082019290925288917f7c28aa23995199acd9b0f2591d1e5764aa8f4f2ae441c7fafde91eb8a8962454910160405180910390a3505050505050565b60015433906001600160a01b031681146106385760405163118cdaa760e01b81526001600160a01b0382166004820152602401610495565b6102988161076f565b6106496106b1565b600180546001600160a01b0383166001600160a01b031990911681179091556106795f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f546001600160a01b031633146103db5760405163118cdaa760e01b8152336004820152602401610495565b6001600160a01b0381166107045760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040519081527f9b9f3ea33be1bbd40b68669e92f2ef683cc29f4e68991cbab9c9bc19a34687569060200160405180910390a150565b5f82610765868685610788565b1495945050505050565b600180546001600160a01b0319169055610298816107c9565b5f81815b848110156107c0576107b6828787848181106107aa576107aa6109fd565b90506020020135610818565b915060010161078c565b50949350505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f818310610832575f828152602084905260409020610840565b5f8381526020839052604090205b9392505050565b5f60208284031215610857575f5ffd5b81356001600160a01b0381168114610840575f5ffd5b80356001600160401b0381168114610883575f5ffd5b919050565b5f5f60408385031215610899575f5ffd5b6108a28361086d565b946020939093013593505050565b5f5f5f5f5f608086880312156108c4575f5ffd5b853594506108d46020870161086d565b93506040860135925060608601356001600160401b038111156108f5575f5ffd5b8601601f81018813610905575f5ffd5b80356001600160401b0381111561091a575f5ffd5b8860208260051b840101111561092e575f5ffd5b959894975092955050506020019190565b5f5f5f60608486031215610951575f5ffd5b833592506109616020850161086d565b915061096f6040850161086d565b90509250925092565b5f60208284031215610988575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0382811682821603908111156102ef576102ef61098f565b6001600160401b0381811683821601908111156102ef576102ef61098f565b63ffffffff81811683821601908111156102ef576102ef61098f565b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220d9f133971a9ac59e4a5fc9a2055ddc8c08f41275e01cc4d3fd9f6717bfad87c164736f6c634300081e0033",
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
// the contract method with ID 0x755c698a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor(bytes32 root, uint64 firstSeq, uint64 count) returns()
func (eventAnchor *EventAnchor) PackAnchor(root [32]byte, firstSeq uint64, count uint64) []byte {
	enc, err := eventAnchor.abi.Pack("anchor", root, firstSeq, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x755c698a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor(bytes32 root, uint64 firstSeq, uint64 count) returns()
func (eventAnchor *EventAnchor) TryPackAnchor(root [32]byte, firstSeq uint64, count uint64) ([]byte, error) {
	return eventAnchor.abi.Pack("anchor", root, firstSeq, count)
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

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint32)
func (eventAnchor *EventAnchor) PackBatchCount() []byte {
	enc, err := eventAnchor.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint32)
func (eventAnchor *EventAnchor) TryPackBatchCount() ([]byte, error) {
	return eventAnchor.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint32)
func (eventAnchor *EventAnchor) UnpackBatchCount(data []byte) (uint32, error) {
	out, err := eventAnchor.abi.Unpack("batchCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc81e25ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batches(bytes32 root) view returns(uint64 firstSeq, uint64 count, uint64 anchoredAt, uint64 index)
func (eventAnchor *EventAnchor) PackBatches(root [32]byte) []byte {
	enc, err := eventAnchor.abi.Pack("batches", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc81e25ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batches(bytes32 root) view returns(uint64 firstSeq, uint64 count, uint64 anchoredAt, uint64 index)
func (eventAnchor *EventAnchor) TryPackBatches(root [32]byte) ([]byte, error) {
	return eventAnchor.abi.Pack("batches", root)
}

// BatchesOutput serves as a container for the return parameters of contract
// method Batches.
type BatchesOutput struct {
	FirstSeq   uint64
	Count      uint64
	AnchoredAt uint64
	Index      uint64
}

// UnpackBatches is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc81e25ab.
//
// Solidity: function batches(bytes32 root) view returns(uint64 firstSeq, uint64 count, uint64 anchoredAt, uint64 index)
func (eventAnchor *EventAnchor) UnpackBatches(data []byte) (BatchesOutput, error) {
	out, err := eventAnchor.abi.Unpack("batches", data)
	outstruct := new(BatchesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.FirstSeq = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Count = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.AnchoredAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Index = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26597a9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaf(uint64 seq, bytes32 eventHash) pure returns(bytes32)
func (eventAnchor *EventAnchor) PackLeaf(seq uint64, eventHash [32]byte) []byte {
	enc, err := eventAnchor.abi.Pack("leaf", seq, eventHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26597a9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaf(uint64 seq, bytes32 eventHash) pure returns(bytes32)
func (eventAnchor *EventAnchor) TryPackLeaf(seq uint64, eventHash [32]byte) ([]byte, error) {
	return eventAnchor.abi.Pack("leaf", seq, eventHash)
}

// UnpackLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26597a9d.
//
// Solidity: function leaf(uint64 seq, bytes32 eventHash) pure returns(bytes32)
func (eventAnchor *EventAnchor) UnpackLeaf(data []byte) ([32]byte, error) {
	out, err := eventAnchor.abi.Unpack("leaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNextSeq is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb6320d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextSeq() view returns(uint64)
func (eventAnchor *EventAnchor) PackNextSeq() []byte {
	enc, err := eventAnchor.abi.Pack("nextSeq")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextSeq is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb6320d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextSeq() view returns(uint64)
func (eventAnchor *EventAnchor) TryPackNextSeq() ([]byte, error) {
	return eventAnchor.abi.Pack("nextSeq")
}

// UnpackNextSeq is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb6320d0.
//
// Solidity: function nextSeq() view returns(uint64)
func (eventAnchor *EventAnchor) UnpackNextSeq(data []byte) (uint64, error) {
	out, err := eventAnchor.abi.Unpack("nextSeq", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30ba3c4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, uint64 seq, bytes32 eventHash, bytes32[] proof) view returns(bool)
func (eventAnchor *EventAnchor) PackVerify(root [32]byte, seq uint64, eventHash [32]byte, proof [][32]byte) []byte {
	enc, err := eventAnchor.abi.Pack("verify", root, seq, eventHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30ba3c4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, uint64 seq, bytes32 eventHash, bytes32[] proof) view returns(bool)
func (eventAnchor *EventAnchor) TryPackVerify(root [32]byte, seq uint64, eventHash [32]byte, proof [][32]byte) ([]byte, error) {
	return eventAnchor.abi.Pack("verify", root, seq, eventHash, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30ba3c4a.
//
// Solidity: function verify(bytes32 root, uint64 seq, bytes32 eventHash, bytes32[] proof) view returns(bool)
func (eventAnchor *EventAnchor) UnpackVerify(data []byte) (bool, error) {
	out, err := eventAnchor.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// EventAnchorAnchored represents a Anchored event raised by the EventAnchor contract.
type EventAnchorAnchored struct {
	Root     [32]byte
	Index    *big.Int
	FirstSeq uint64
	Count    uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const EventAnchorAnchoredEventName = "Anchored"

// ContractEventName returns the user-defined event name.
func (EventAnchorAnchored) ContractEventName() string {
	return EventAnchorAnchoredEventName
}

// UnpackAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Anchored(bytes32 indexed root, uint256 indexed index, uint64 firstSeq, uint64 count)
func (eventAnchor *EventAnchor) UnpackAnchoredEvent(log *types.Log) (*EventAnchorAnchored, error) {
	event := "Anchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eventAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EventAnchorAnchored)
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
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["NotAnchorer"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackNotAnchorerError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["RootExists"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackRootExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["SequenceGap"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackSequenceGapError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], eventAnchor.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return eventAnchor.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EventAnchorEmptyBatch represents a EmptyBatch error raised by the EventAnchor contract.
type EventAnchorEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func EventAnchorEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (eventAnchor *EventAnchor) UnpackEmptyBatchError(raw []byte) (*EventAnchorEmptyBatch, error) {
	out := new(EventAnchorEmptyBatch)
	if err := eventAnchor.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EventAnchorNotAnchorer represents a NotAnchorer error raised by the EventAnchor contract.
type EventAnchorNotAnchorer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAnchorer()
func EventAnchorNotAnchorerErrorID() common.Hash {
	return common.HexToHash("0xd46c421551fe2266e1bb7beaeca933dc4d061345cf5687ce932b8304d8c06f44")
}

// UnpackNotAnchorerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAnchorer()
func (eventAnchor *EventAnchor) UnpackNotAnchorerError(raw []byte) (*EventAnchorNotAnchorer, error) {
	out := new(EventAnchorNotAnchorer)
	if err := eventAnchor.abi.UnpackIntoInterface(out, "NotAnchorer", raw); err != nil {
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

// EventAnchorRootExists represents a RootExists error raised by the EventAnchor contract.
type EventAnchorRootExists struct {
	Root [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootExists(bytes32 root)
func EventAnchorRootExistsErrorID() common.Hash {
	return common.HexToHash("0x96ec855e19755bbbbe297645fe4776e08c9cc3e6e20f7b3b91e2aab0485ecde2")
}

// UnpackRootExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootExists(bytes32 root)
func (eventAnchor *EventAnchor) UnpackRootExistsError(raw []byte) (*EventAnchorRootExists, error) {
	out := new(EventAnchorRootExists)
	if err := eventAnchor.abi.UnpackIntoInterface(out, "RootExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EventAnchorSequenceGap represents a SequenceGap error raised by the EventAnchor contract.
type EventAnchorSequenceGap struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequenceGap(uint64 expected, uint64 got)
func EventAnchorSequenceGapErrorID() common.Hash {
	return common.HexToHash("0x104d0050bc83022575d0bbf69a1ba2c651213f4b2c896c71e6a9ec3f53bb36ab")
}

// UnpackSequenceGapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequenceGap(uint64 expected, uint64 got)
func (eventAnchor *EventAnchor) UnpackSequenceGapError(raw []byte) (*EventAnchorSequenceGap, error) {
	out := new(EventAnchorSequenceGap)
	if err := eventAnchor.abi.UnpackIntoInterface(out, "SequenceGap", raw); err != nil {
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
