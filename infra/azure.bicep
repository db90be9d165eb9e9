// Møtebot on Azure: a user-assigned managed identity that is both the bot's identity and
// Cosmos DB's data-plane principal (no keys or secrets in settings), App Service on Linux with
// Node.js 24 LTS, Cosmos DB for NoSQL (serverless), the Azure Bot with its Teams channel, and
// Application Insights. Layout follows the Microsoft 365 Agents Toolkit templates.

@maxLength(20)
@minLength(4)
@description('Used to name every resource.')
param resourceBaseName string

@description('App Service plan SKU.')
param webAppSKU string = 'B1'

@maxLength(42)
param botDisplayName string = 'Møtebot'

param location string = resourceGroup().location

@description('Cosmos DB database name (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'motebot'

@description('nb or en: answer everyone in this language; empty: each user\'s Teams language (Norwegian unless English).')
@allowed([ '', 'nb', 'en' ])
param botLanguage string = ''

@description('Comma-separated Entra tenant ids whose activities the bot accepts (ALLOWED_TENANTS); empty: every tenant.')
param allowedTenants string = ''

@description('Client id of the app registration of aad.manifest.json (AAD_APP_CLIENT_ID): the meeting side panel signs users in for its API.')
param ssoAppClientId string = ''

@description('Months after a meeting\'s referat was approved that its working documents are deleted (RETENTION_MONTHS); as in the DPIA.')
@minValue(1)
@maxValue(600)
param retentionMonths int = 24

var identityName = resourceBaseName
var serverfarmsName = resourceBaseName
var webAppName = resourceBaseName
var cosmosAccountName = toLower('${resourceBaseName}-cosmos')
var publicBaseUrl = 'https://${webAppName}.azurewebsites.net'

// Must match src/storage/containers.ts (test/infra-drift.test.ts checks it).
var containers = [
  { name: 'conversations', partitionKey: '/conversationId', defaultTtl: null }
  { name: 'meetings', partitionKey: '/meetingId', defaultTtl: null }
  { name: 'groups', partitionKey: '/groupId', defaultTtl: null }
  { name: 'downloadLinks', partitionKey: '/tokenHash', defaultTtl: -1 }
  { name: 'schedule', partitionKey: '/day', defaultTtl: -1 }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  location: location
  name: identityName
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web', WorkspaceResourceId: logs.id }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: cosmosAccountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [ { locationName: location, failoverPriority: 0 } ]
    capabilities: [ { name: 'EnableServerless' } ]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: { resource: { id: cosmosDatabaseName } }
}

resource cosmosContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for container in containers: {
  parent: database
  name: container.name
  properties: {
    resource: union({
      id: container.name
      partitionKey: { paths: [ container.partitionKey ], kind: 'Hash' }
    }, container.defaultTtl == null ? {} : { defaultTtl: container.defaultTtl })
  }
}]

// Built-in "Cosmos DB Built-in Data Contributor": read and write documents, nothing else.
resource cosmosDataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, 'data-contributor')
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000002'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: serverfarmsName
  sku: { name: webAppSKU }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // Required: each instance sweeps the schedule container every minute for due round-table reminders
      // (REMINDER_SWEEP_SECONDS); without Always On an idle app is unloaded and reminders wait for the next request.
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appCommandLine: 'npm start'
      healthCheckPath: '/healthz'
      appSettings: [
        // Read by the bot (src/config/env-schema.ts).
        { name: 'NODE_ENV', value: 'production' }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'BOT_LANGUAGE', value: botLanguage }
        { name: 'ALLOWED_TENANTS', value: allowedTenants }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'COSMOS_ENDPOINT', value: cosmos.properties.documentEndpoint }
        { name: 'COSMOS_DATABASE', value: cosmosDatabaseName }
        { name: 'PUBLIC_BASE_URL', value: publicBaseUrl }
        { name: 'SSO_APP_ID_URI', value: empty(ssoAppClientId) ? '' : 'api://${webAppName}.azurewebsites.net/${ssoAppClientId}' }
        { name: 'RETENTION_MONTHS', value: string(retentionMonths) }
        // Read by the platform and the Azure SDK.
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
      ]
    }
  }
}

module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
  }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output COSMOS_ENDPOINT string = cosmos.properties.documentEndpoint
