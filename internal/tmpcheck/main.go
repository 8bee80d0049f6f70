package main

import (
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	_ "github.com/ethereum/go-ethereum/accounts/keystore"
	_ "github.com/ethereum/go-ethereum/eth"
	_ "github.com/ethereum/go-ethereum/eth/catalyst"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/ethereum/go-ethereum/node"
	_ "github.com/ethereum/go-ethereum/signer/core/apitypes"
	_ "github.com/gin-gonic/gin"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/cobra"
	_ "github.com/stellar/go-stellar-sdk/clients/horizonclient"
	_ "github.com/stellar/go-stellar-sdk/txnbuild"
	_ "go.etcd.io/bbolt"
)

func main() {}
