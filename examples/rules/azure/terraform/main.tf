# One good_* and one bad_* resource for every Azure rule that judges Terraform (azurerm v4).
terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 4.0" }
  }
}

provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "phi" {
  name     = "rg-phi-claims"
  location = "East US 2"
}

locals {
  rg       = azurerm_resource_group.phi.name
  location = azurerm_resource_group.phi.location
  tags     = { data-classification = "phi" }
}

# --- Storage ---------------------------------------------------------------

resource "azurerm_storage_account" "good_records" {
  name                              = "phirecordsgood"
  resource_group_name               = local.rg
  location                          = local.location
  account_tier                      = "Standard"
  account_replication_type          = "GZRS"
  min_tls_version                   = "TLS1_2"
  https_traffic_only_enabled        = true
  allow_nested_items_to_be_public   = false
  shared_access_key_enabled         = false
  public_network_access_enabled     = false
  infrastructure_encryption_enabled = true
  tags                              = local.tags

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_storage_account_network_rules" "good_records" {
  storage_account_id = azurerm_storage_account.good_records.id
  default_action     = "Deny"
  bypass             = ["AzureServices"]
}

resource "azurerm_storage_account_customer_managed_key" "good_records" {
  storage_account_id = azurerm_storage_account.good_records.id
  key_vault_id       = azurerm_key_vault.good_keys.id
  key_name           = "phi-records"
}

# Provider defaults: nested items may be public, Shared Key is accepted, every network is allowed.
resource "azurerm_storage_account" "bad_exports" {
  name                       = "phiexportsbad"
  resource_group_name        = local.rg
  location                   = local.location
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  min_tls_version            = "TLS1_0"
  https_traffic_only_enabled = false
  tags                       = local.tags
}

# --- Key Vault -------------------------------------------------------------

resource "azurerm_key_vault" "good_keys" {
  name                          = "kv-phi-good"
  resource_group_name           = local.rg
  location                      = local.location
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "premium"
  purge_protection_enabled      = true
  rbac_authorization_enabled    = true
  public_network_access_enabled = false

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }
}

resource "azurerm_key_vault" "bad_keys" {
  name                = "kv-phi-bad"
  resource_group_name = local.rg
  location            = local.location
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

# --- Azure SQL -------------------------------------------------------------

resource "azurerm_mssql_server" "good_sql" {
  name                          = "sql-phi-good"
  resource_group_name           = local.rg
  location                      = local.location
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "11111111-1111-1111-1111-111111111111"
    azuread_authentication_only = true
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_mssql_server_transparent_data_encryption" "good_sql" {
  server_id        = azurerm_mssql_server.good_sql.id
  key_vault_key_id = "https://kv-phi-good.vault.azure.net/keys/sql-tde/0123456789abcdef"
}

resource "azurerm_mssql_server_extended_auditing_policy" "good_sql" {
  server_id              = azurerm_mssql_server.good_sql.id
  log_monitoring_enabled = true
  retention_in_days      = 365
}

resource "azurerm_mssql_database" "good_claims" {
  name                                = "claims"
  server_id                           = azurerm_mssql_server.good_sql.id
  transparent_data_encryption_enabled = true
}

# No TDE or auditing resources: a service-managed protector and no server auditing.
resource "azurerm_mssql_server" "bad_sql" {
  name                         = "sql-phi-bad"
  resource_group_name          = local.rg
  location                     = local.location
  version                      = "12.0"
  minimum_tls_version          = "1.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "example-only-not-a-secret"
}

resource "azurerm_mssql_database" "bad_reporting" {
  name                                = "reporting"
  server_id                           = azurerm_mssql_server.bad_sql.id
  transparent_data_encryption_enabled = false
}

# --- App Service -----------------------------------------------------------

resource "azurerm_linux_web_app" "good_portal" {
  name                = "app-phi-portal-good"
  resource_group_name = local.rg
  location            = local.location
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-phi-claims/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version      = "1.2"
    ftps_state               = "Disabled"
    remote_debugging_enabled = false
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_windows_function_app" "bad_intake" {
  name                       = "func-phi-intake-bad"
  resource_group_name        = local.rg
  location                   = local.location
  service_plan_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-phi-claims/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = azurerm_storage_account.bad_exports.name
  storage_account_access_key = "example-only"

  site_config {
    minimum_tls_version      = "1.1"
    ftps_state               = "AllAllowed"
    remote_debugging_enabled = true
  }
}

# --- Redis, Cosmos DB ------------------------------------------------------

resource "azurerm_redis_cache" "good_sessions" {
  name                 = "redis-phi-good"
  resource_group_name  = local.rg
  location             = local.location
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = false
  minimum_tls_version  = "1.2"
}

resource "azurerm_redis_cache" "bad_sessions" {
  name                 = "redis-phi-bad"
  resource_group_name  = local.rg
  location             = local.location
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = true
}

resource "azurerm_cosmosdb_account" "good_charts" {
  name                          = "cosmos-phi-good"
  resource_group_name           = local.rg
  location                      = local.location
  offer_type                    = "Standard"
  minimal_tls_version           = "Tls12"
  local_authentication_disabled = true
  public_network_access_enabled = false
  key_vault_key_id              = "https://kv-phi-good.vault.azure.net/keys/cosmos"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = local.location
    failover_priority = 0
  }

  backup {
    type = "Continuous"
    tier = "Continuous30Days"
  }
}

resource "azurerm_cosmosdb_account" "bad_charts" {
  name                = "cosmos-phi-bad"
  resource_group_name = local.rg
  location            = local.location
  offer_type          = "Standard"
  minimal_tls_version = "Tls"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = local.location
    failover_priority = 0
  }
}

# --- Containers --------------------------------------------------------------

resource "azurerm_container_registry" "good_images" {
  name                          = "acrphigood"
  resource_group_name           = local.rg
  location                      = local.location
  sku                           = "Premium"
  admin_enabled                 = false
  public_network_access_enabled = false
}

resource "azurerm_container_registry" "bad_images" {
  name                = "acrphibad"
  resource_group_name = local.rg
  location            = local.location
  sku                 = "Basic"
  admin_enabled       = true
}

resource "azurerm_kubernetes_cluster" "good_aks" {
  name                              = "aks-phi-good"
  resource_group_name               = local.rg
  location                          = local.location
  dns_prefix                        = "phigood"
  local_account_disabled            = true
  role_based_access_control_enabled = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "bad_aks" {
  name                              = "aks-phi-bad"
  resource_group_name               = local.rg
  location                          = local.location
  dns_prefix                        = "phibad"
  role_based_access_control_enabled = false

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# --- Compute ---------------------------------------------------------------

resource "azurerm_linux_virtual_machine" "good_worker" {
  name                       = "vm-phi-good"
  resource_group_name        = local.rg
  location                   = local.location
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = []
  encryption_at_host_enabled = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_linux_virtual_machine" "bad_worker" {
  name                  = "vm-phi-bad"
  resource_group_name   = local.rg
  location              = local.location
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  network_interface_ids = []

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_managed_disk" "good_data" {
  name                   = "disk-phi-good"
  resource_group_name    = local.rg
  location               = local.location
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 128
  disk_encryption_set_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-phi-claims/providers/Microsoft.Compute/diskEncryptionSets/des-phi"
}

resource "azurerm_managed_disk" "bad_data" {
  name                 = "disk-phi-bad"
  resource_group_name  = local.rg
  location             = local.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}

# --- Messaging -------------------------------------------------------------

resource "azurerm_servicebus_namespace" "good_events" {
  name                         = "sb-phi-good"
  resource_group_name          = local.rg
  location                     = local.location
  sku                          = "Premium"
  capacity                     = 1
  premium_messaging_partitions = 1
  minimum_tls_version          = "1.2"
}

resource "azurerm_eventhub_namespace" "bad_events" {
  name                = "evh-phi-bad"
  resource_group_name = local.rg
  location            = local.location
  sku                 = "Standard"
  minimum_tls_version = "1.0"
}
