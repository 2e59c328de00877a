// Package deploy holds what runs diplograph as several replicas: the
// configuration of the load balancer of docker-compose.yml's cluster
// profile (haproxy.cfg), and the tests that check the shape of
// docker-compose.yml, since no Docker engine runs in CI.
package deploy
