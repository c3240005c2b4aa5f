# Intake application environments: good_* with managed updates and enhanced health, bad_* at defaults.

resource "aws_elastic_beanstalk_application" "intake" {
  name = "intake-tf"
}

resource "aws_elastic_beanstalk_environment" "good_intake_prod" {
  name                = "intake-prod-tf"
  application         = aws_elastic_beanstalk_application.intake.name
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "true"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "PreferredStartTime"
    value     = "Sun:02:00"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions:platformupdate"
    name      = "UpdateLevel"
    value     = "minor"
  }

  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "enhanced"
  }
}

resource "aws_elastic_beanstalk_environment" "bad_intake_staging" {
  name                = "intake-staging-tf"
  application         = aws_elastic_beanstalk_application.intake.name
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
}
